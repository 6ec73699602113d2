/**
 * The diagram of a playground at one step: which arrows the last step took (highlighted), which arrows
 * the reader can take now (buttons on the diagram), and which concrete event an arrow stands for.
 */
import {
  hoursLeft,
  type MachineId,
  replay,
  type SpecEvent,
  type SpecEventType,
  type StepView,
} from '~/machines/index.ts';

export interface ArrowLike {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly event: string;
}

/** True when `path` is one of the active leaf states or one of their ancestors. */
export const isActive = (active: readonly string[], path: string): boolean =>
  active.some((state) => state === path || state.startsWith(`${path}.`));

/** The arrows the step from `before` to `after` followed (several in a parallel machine). */
export function takenArrows(arrows: readonly ArrowLike[], before: StepView | undefined, after: StepView): string[] {
  const event = after.event;
  if (!before || !event) return [];
  return arrows
    .filter(
      (arrow) =>
        arrow.event === event.type &&
        isActive(before.states, arrow.source) &&
        isActive(after.states, arrow.target) &&
        // A self-loop was taken only if the state did not change; an arrow elsewhere leaves its source.
        (arrow.source === arrow.target ||
          !isActive(after.states, arrow.source) ||
          arrow.target.startsWith(arrow.source)),
    )
    .map((arrow) => arrow.id);
}

/** Arrows leaving an active state whose event the step accepts now: the ones a reader may take. */
export function openArrows(arrows: readonly ArrowLike[], step: StepView): string[] {
  const accepted = new Set(step.choices.map((event) => event.type));
  return arrows
    .filter((arrow) => accepted.has(arrow.event) && isActive(step.states, arrow.source))
    .map((arrow) => arrow.id);
}

/**
 * The first of `candidates` (events of the arrow's type) that follows this arrow, found by trying each
 * one through the specification (`next` replays one more step); null when none does now.
 */
export function eventForArrow(
  arrow: ArrowLike,
  step: StepView,
  candidates: readonly SpecEvent[],
  next: (event: SpecEvent) => StepView | null,
): SpecEvent | null {
  for (const event of candidates) {
    if (event.type !== arrow.event) continue;
    const after = next(event);
    if (after && takenArrows([arrow], step, after).length > 0) return event;
  }
  return null;
}

/** Where a playground stands: the machine, the events up to the current step, its input, and that step. */
export interface PlaygroundAt {
  readonly machine: MachineId;
  readonly before: readonly SpecEvent[];
  readonly input: Readonly<Record<string, unknown>>;
  readonly step: StepView;
}

/**
 * The event a reader means by taking an arrow on the diagram now, or null when the arrow cannot be
 * taken: first the time left before the message's validity runs out (so the timeout arrow is one
 * step), then the events the step's buttons offer (`offered`, per event type), each tried through the
 * specification.
 */
export function eventOnArrow(
  arrow: ArrowLike,
  at: PlaygroundAt,
  offered: (type: SpecEventType) => readonly SpecEvent[],
): SpecEvent | null {
  const { validityHours, elapsedHours } = at.step.context;
  const left = typeof validityHours === 'number' ? hoursLeft(validityHours, Number(elapsedHours ?? 0)) : 0;
  const types = [...new Set(at.step.choices.map((choice) => choice.type as SpecEventType))];
  const candidates: SpecEvent[] = [
    ...(left > 0 ? [{ type: 'clock.advanced', hours: left } as SpecEvent] : []),
    ...types.flatMap(offered),
  ];
  const next = (event: SpecEvent) => {
    const result = replay(at.machine, [...at.before, event], at.input);
    return result.ok ? (result.steps.at(-1) ?? null) : null;
  };
  return eventForArrow(arrow, at.step, candidates, next);
}

/**
 * Properties of the diagnosis: every answer replays, through `replay`, to a step that shows what the
 * reader described; and every outcome the machines can show has at least one answer. Bounded by case
 * counts and path lengths, never by time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnyMachineSnapshot, initialTransition, transition } from 'xstate';
import { diagnose } from '~/diagnosis/diagnose.ts';
import {
  addressStatuses,
  type DiagnosisInputs,
  deliveryStatusChoices,
  editionChoices,
  failureTypes,
  successMoves,
} from '~/diagnosis/inputs.ts';
import {
  candidateEvents,
  type EditionId,
  editionIds,
  failureReasonIds,
  logStatuses,
  type MachineId,
  machines,
  replay,
  type SpecEvent,
  type SpecEventType,
  type StepView,
} from '~/machines/index.ts';

const runs = (n: number) => Math.min(n, fc.readConfigureGlobal().numRuns ?? n);

/** How a step moved Success %, in the reader's words (written here, not taken from the diagnosis). */
function readerMove(steps: readonly StepView[]): string {
  const moves = steps.map((s) => s.successEffect).filter((e) => e !== null && e !== 'unchanged');
  const last = moves.at(-1);
  if (last === 'decreases') return 'down';
  if (last === 'increases' || last === 'startsAt100') return 'up';
  return 'flat';
}

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const inputsArbitrary: fc.Arbitrary<DiagnosisInputs> = fc
  .record({
    edition: fc.constantFrom(...editionChoices),
    status: optional(fc.constantFrom(...logStatuses)),
    before: optional(fc.constantFrom(...logStatuses)),
    failureType: optional(fc.constantFrom(...failureTypes)),
    reason: optional(fc.constantFrom(...failureReasonIds)),
    elapsedHours: optional(fc.constantFrom(0, 1, 24, 48, 84, 96, 168, 200)),
    validityHours: optional(fc.constantFrom(24, 48, 84, 120)),
    success: optional(fc.constantFrom(...successMoves)),
    delivery: optional(fc.constantFrom(...deliveryStatusChoices)),
    address: optional(fc.constantFrom(...addressStatuses)),
  })
  .map(
    (record) =>
      Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as unknown as DiagnosisInputs,
  );

function replayed(machine: MachineId, events: readonly SpecEvent[], input: object): readonly StepView[] {
  const result = replay(machine, events, input);
  expect(result.ok, JSON.stringify(events)).toBe(true);
  return result.steps;
}

describe('every answer replays to what the reader sees', () => {
  it('for random descriptions: the last replayed step shows the status, reason, type, time and Success % move given', () => {
    fc.assert(
      fc.property(inputsArbitrary, (inputs) => {
        const diagnosis = diagnose(inputs);
        const answers = diagnosis.byEdition.flatMap((group) => group.answers);
        // Never a blank: either answers, or what to check.
        expect(answers.length > 0 || diagnosis.noMatch !== null).toBe(true);
        for (const answer of answers) {
          const steps = replayed(answer.message.machine, answer.message.events, answer.message.input);
          const last = steps.at(-1)!;
          if (inputs.status) expect(last.logStatus).toBe(inputs.status);
          if (inputs.reason) expect(last.failure?.reason).toBe(inputs.reason);
          if (inputs.failureType) expect(last.failure?.type).toBe(inputs.failureType);
          if (inputs.elapsedHours !== undefined) {
            expect(last.context['elapsedHours'] as number).toBeLessThanOrEqual(inputs.elapsedHours);
          }
          if (inputs.success) expect(readerMove(steps)).toBe(inputs.success);
          if (inputs.before) expect(steps.slice(0, -1).map((s) => s.logStatus)).toContain(inputs.before);
          if (inputs.delivery) {
            const delivery = replayed('delivery', answer.delivery!.events, answer.delivery!.input);
            expect(delivery.at(-1)!.meta['deliveryStatus']).toBe(inputs.delivery);
          }
          if (inputs.address) {
            const address = replayed('address', answer.address!.events, answer.address!.input);
            expect(address.at(-1)!.meta['addressStatus']).toBe(inputs.address);
          }
        }
      }),
      { numRuns: runs(30), seed: 12 },
    );
  }, 120_000);
});

/** Events tried by the independent search below: every event of the message, every reason, a few clock steps. */
const messageEvents: SpecEvent[] = (
  [
    'mta.accepted',
    'mta.delivered',
    'preparation.excluded',
    'cleanup.canceled',
    'feedback.hardBounce',
    'feedback.softBounce',
    'retry.succeeded',
    'retry.failed',
    'feedback.asyncBounce',
    'feedback.complaint',
  ] as SpecEventType[]
)
  .flatMap((type) => candidateEvents(type))
  .concat([24, 84, 168].map((hours) => ({ type: 'clock.advanced', hours })));

interface Outcome {
  readonly edition: EditionId;
  readonly status: string;
  readonly reason?: string;
  readonly failureType?: string;
  readonly success: string;
}

/** Every visible outcome a breadth-first replay reaches within `depth` events (independent of the diagnosis). */
function reachableOutcomes(edition: EditionId, depth: number): Map<string, Outcome> {
  const outcomes = new Map<string, Outcome>();
  let frontier: SpecEvent[][] = [[]];
  const seenStates = new Set<string>();
  for (let level = 0; level <= depth; level++) {
    const next: SpecEvent[][] = [];
    for (const events of frontier) {
      const result = replay(edition, events);
      if (!result.ok) continue;
      const last = result.steps.at(-1)!;
      const stateKey = JSON.stringify([last.states, last.context, last.event?.type]);
      if (seenStates.has(stateKey)) continue;
      seenStates.add(stateKey);
      const outcome: Outcome = {
        edition,
        status: last.logStatus!,
        ...(last.failure ? { reason: last.failure.reason, failureType: last.failure.type } : {}),
        success: readerMove(result.steps),
      };
      outcomes.set(JSON.stringify(outcome), outcome);
      if (level < depth) for (const event of last.choices.length ? messageEvents : []) next.push([...events, event]);
    }
    frontier = next;
  }
  return outcomes;
}

describe('no symptom the specification can produce goes unanswered', () => {
  it.each(editionIds)(
    'every status, reason, type and Success % move %s can show has an answer',
    (edition) => {
      const outcomes = [...reachableOutcomes(edition, 4).values()];
      expect(outcomes.length).toBeGreaterThan(20);
      const unanswered = outcomes.filter((outcome) => {
        const diagnosis = diagnose({
          edition,
          status: outcome.status as never,
          ...(outcome.reason ? { reason: outcome.reason as never, failureType: outcome.failureType as never } : {}),
          success: outcome.success as never,
        });
        return diagnosis.byEdition.every((group) => group.answers.length === 0);
      });
      expect(unanswered).toEqual([]);
    },
    120_000,
  );

  it('every status the delivery and the address can show has an answer', () => {
    const others = [
      'analysis.started',
      'analysis.succeeded',
      'analysis.failed',
      'delivery.confirmed',
      'delivery.scheduled',
      'schedule.reached',
      'wave.handedOver',
      'delivery.stopped',
      'mta.queueDrained',
      'operator.released',
    ] as SpecEventType[];
    const all = [...messageEvents, ...others.flatMap((type) => candidateEvents(type))];
    for (const [machine, choices, key] of [
      ['delivery', deliveryStatusChoices, 'deliveryStatus'],
      ['address', addressStatuses, 'addressStatus'],
    ] as const) {
      const input = machine === 'delivery' ? { waves: 2 } : {};
      // A breadth-first walk of the machine itself, every event and reason, each snapshot visited once,
      // eight events deep (the address's clock makes its snapshots endless).
      const { machine: definition } = machines[machine];
      const shown = new Set<string>();
      const seen = new Set<string>();
      let frontier: AnyMachineSnapshot[] = [initialTransition(definition, input)[0]];
      for (let depth = 0; depth <= 8 && frontier.length > 0; depth++) {
        const next: AnyMachineSnapshot[] = [];
        for (const snapshot of frontier) {
          const id = JSON.stringify([snapshot.value, snapshot.context]);
          if (seen.has(id)) continue;
          seen.add(id);
          for (const meta of Object.values(snapshot.getMeta()) as Record<string, unknown>[]) {
            if (meta?.[key]) shown.add(meta[key] as string);
          }
          for (const event of all) {
            if (snapshot.status === 'active' && snapshot.can(event as never)) {
              next.push(transition(definition, snapshot, event as never)[0]);
            }
          }
        }
        frontier = next;
      }
      expect([...shown].sort()).toEqual([...choices].sort());
      for (const status of shown) {
        const diagnosis = diagnose({ edition: 'unknown', [machine]: status } as DiagnosisInputs);
        expect(diagnosis.byEdition.flatMap((group) => group.answers).length, status).toBeGreaterThan(0);
      }
    }
  }, 120_000);
});

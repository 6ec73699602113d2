/**
 * Links to one step of one playground. A link is a query string that a support answer can carry for
 * years, so it names its format version and holds everything needed to replay the step:
 *
 *   ?link=1&machine=emailFeedbackService&steps=mta.accepted,feedback.softBounce~mailboxFull,clock.advanced~84&at=3&validity=120
 *
 * `steps` lists events; an event's one payload value follows a `~`. `at` is the step shown (defaults
 * to the last). Parsing never throws: it returns what it could read and a typed problem.
 */
import {
  eventCatalogue,
  isKnownEventType,
  isMachineId,
  MAX_REPLAY_EVENTS,
  type MachineId,
  replay,
  type SpecError,
  type SpecEvent,
  type StepView,
} from '../machines/index.ts';

export const LINK_VERSION = 1;
/** Longest query string read at all: anything longer is refused before parsing. */
export const MAX_LINK_LENGTH = 8_000;

export interface PlaygroundLink {
  readonly machine: MachineId;
  readonly events: readonly SpecEvent[];
  readonly at: number;
  readonly input: Readonly<Record<string, unknown>>;
}

export type LinkProblem = { readonly code: 'unsupportedVersion' } | { readonly code: 'malformedSteps' } | SpecError;

export interface OpenedLink {
  /** What to show: the link's machine, the events that replayed, and the step to show. */
  readonly link: PlaygroundLink | null;
  readonly steps: readonly StepView[];
  readonly problem: LinkProblem | null;
}

/** The payload field of each event type (each carries at most one). */
const payloadField = (type: string): string | undefined =>
  isKnownEventType(type) ? Object.keys((eventCatalogue[type] as { fields: object }).fields)[0] : undefined;

export function encodeEvent(event: SpecEvent): string {
  const field = payloadField(event.type);
  const value = field ? event[field] : undefined;
  // encodeURIComponent leaves "~" as is, but "~" separates an event from its value: escape it too.
  return value === undefined ? event.type : `${event.type}~${encodeURIComponent(String(value)).replaceAll('~', '%7E')}`;
}

function decodeEvent(token: string): SpecEvent | null {
  const [type = '', raw, ...rest] = token.split('~');
  if (rest.length > 0) return null;
  if (raw === undefined) return { type };
  const field = payloadField(type);
  if (!field) return { type, value: raw }; // replay names the unexpected field
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return { type, [field]: field === 'hours' ? Number(value) : value };
}

/** Message machines take a validity setting; the others take their own input. */
const inputParams: Readonly<Record<string, { key: string; parse: (raw: string) => unknown }>> = {
  validity: { key: 'validitySettingHours', parse: Number },
  waves: { key: 'waves', parse: Number },
  hosting: { key: 'hosting', parse: String },
};

export function buildLink(link: PlaygroundLink): string {
  const params = new URLSearchParams();
  params.set('link', String(LINK_VERSION));
  params.set('machine', link.machine);
  if (link.events.length > 0) params.set('steps', link.events.map(encodeEvent).join(','));
  if (link.at !== link.events.length) params.set('at', String(link.at));
  for (const [name, { key }] of Object.entries(inputParams)) {
    if (link.input[key] !== undefined) params.set(name, String(link.input[key]));
  }
  // Commas and tildes are legal in a query: keep them readable (values inside are percent-encoded).
  return `?${params.toString().replaceAll('%2C', ',').replaceAll('%7E', '~')}`;
}

/** True when the query string carries a playground link at all. */
export function hasLink(search: unknown): boolean {
  return typeof search === 'string' && new URLSearchParams(search.slice(0, MAX_LINK_LENGTH)).has('machine');
}

/**
 * Reads a link and replays it through the specification. On any problem, returns the steps up to the
 * last one that still holds and names the problem.
 */
export function openLink(search: unknown): OpenedLink {
  if (typeof search !== 'string' || search.length > MAX_LINK_LENGTH) {
    return { link: null, steps: [], problem: { code: 'malformedSteps' } };
  }
  const params = new URLSearchParams(search);
  const version = params.get('link') ?? String(LINK_VERSION);
  if (version !== String(LINK_VERSION)) return { link: null, steps: [], problem: { code: 'unsupportedVersion' } };

  const machine = params.get('machine');
  if (!isMachineId(machine)) {
    return { link: null, steps: [], problem: { code: 'unknownMachine', message: 'unknown machine' } };
  }
  const input: Record<string, unknown> = {};
  for (const [name, { key, parse }] of Object.entries(inputParams)) {
    const raw = params.get(name);
    if (raw !== null) input[key] = parse(raw);
  }
  const tokens = (params.get('steps') ?? '').split(',').filter(Boolean);
  const events: SpecEvent[] = [];
  let malformed = tokens.length > MAX_REPLAY_EVENTS;
  for (const token of tokens.slice(0, MAX_REPLAY_EVENTS)) {
    const event = decodeEvent(token);
    if (!event) {
      malformed = true;
      break;
    }
    events.push(event);
  }
  const result = replay(machine, events, input);
  const replayed = result.steps.length - 1;
  const safeInput = result.ok || result.error.code !== 'invalidInput' ? input : {};
  const steps = result.ok || result.error.code !== 'invalidInput' ? result.steps : replay(machine, [], {}).steps;
  const atParam = Number(params.get('at') ?? replayed);
  const at = Number.isInteger(atParam) && atParam >= 0 ? Math.min(atParam, steps.length - 1) : steps.length - 1;
  const problem: LinkProblem | null = !result.ok ? result.error : malformed ? { code: 'malformedSteps' } : null;
  return {
    link: { machine, events: events.slice(0, steps.length - 1), at, input: safeInput },
    steps,
    problem,
  };
}

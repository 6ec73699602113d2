/**
 * What a reader can tell the diagnosis page, and how it travels in a URL. Every field but the edition
 * is optional. The query string is untrusted: it is read once, each value is checked against the
 * spec's own lists, and a bad value becomes a typed problem naming the field (never the value).
 *
 *   ?diagnose=1&edition=emailFeedbackService&before=takenIntoAccount&status=failed&elapsed=84&validity=120
 */
import {
  type AddressStatus,
  type EditionId,
  editionIds,
  type FailureReasonId,
  type FailureType,
  failureReasonIds,
  type LogStatus,
  logStatuses,
  MAX_CLOCK_ADVANCE_HOURS,
} from '../machines/index.ts';

export const DIAGNOSIS_VERSION = 1;
/** Longest query string read at all (the same bound as playground links). */
export const MAX_QUERY_LENGTH = 8_000;

export type EditionChoice = EditionId | 'unknown';
export const editionChoices: readonly EditionChoice[] = [...editionIds, 'unknown'];

/** How Success % (or the Delivered indicator) moved, as the reader saw it. */
export const successMoves = ['up', 'down', 'flat'] as const;
export type SuccessMove = (typeof successMoves)[number];

export const failureTypes: readonly FailureType[] = ['hard', 'soft', 'ignored'];
export const addressStatuses: readonly AddressStatus[] = ['valid', 'withErrors', 'quarantine', 'denylisted'];
/** What the delivery itself shows (the delivery machine's `deliveryStatus` meta). */
export const deliveryStatusChoices = [
  'beingEdited',
  'analysing',
  'awaitingConfirmation',
  'startPending',
  'inProgress',
  'stopped',
  'finished',
] as const;
export type DeliveryStatusChoice = (typeof deliveryStatusChoices)[number];

export interface DiagnosisInputs {
  readonly edition: EditionChoice;
  /** The status the delivery log shows now. */
  readonly status?: LogStatus;
  /** A status the log showed earlier for the same message ("Sent, then Failed"). */
  readonly before?: LogStatus;
  readonly failureType?: FailureType;
  readonly reason?: FailureReasonId;
  /** Hours since the delivery was sent. */
  readonly elapsedHours?: number;
  /** The delivery's validity setting, in hours. */
  readonly validityHours?: number;
  readonly success?: SuccessMove;
  readonly delivery?: DeliveryStatusChoice;
  readonly address?: AddressStatus;
}

/** Query parameter of each input field (also the form's field names, so the form works as a plain GET). */
export const queryParams = {
  edition: 'edition',
  status: 'status',
  before: 'before',
  failureType: 'type',
  reason: 'reason',
  elapsedHours: 'elapsed',
  validityHours: 'validity',
  success: 'success',
  delivery: 'delivery',
  address: 'address',
} as const satisfies Record<keyof DiagnosisInputs, string>;

export type InputField = keyof typeof queryParams;

export type DiagnosisProblem =
  | { readonly code: 'tooLong' }
  | { readonly code: 'unsupportedVersion' }
  | { readonly code: 'invalidValue'; readonly field: InputField };

const among =
  <T extends string>(list: readonly T[]) =>
  (raw: string): T | undefined =>
    (list as readonly string[]).includes(raw) ? (raw as T) : undefined;

/** Hours from 0 to 30 days (the longest clock step of the spec), at most one decimal. */
const hours =
  (min: number) =>
  (raw: string): number | undefined => {
    if (!/^\d{1,4}(\.\d)?$/.test(raw)) return undefined;
    const value = Number(raw);
    return value >= min && value <= MAX_CLOCK_ADVANCE_HOURS ? value : undefined;
  };

const parsers: { readonly [K in InputField]-?: (raw: string) => DiagnosisInputs[K] | undefined } = {
  edition: among(editionChoices),
  status: among(logStatuses),
  before: among(logStatuses),
  failureType: among(failureTypes),
  reason: among(failureReasonIds),
  elapsedHours: hours(0),
  // The registry's own lower bound: a validity under one hour is a slip.
  validityHours: hours(1),
  success: among(successMoves),
  delivery: among(deliveryStatusChoices),
  address: among(addressStatuses),
};

export const inputFields = Object.keys(queryParams) as InputField[];

export interface ParsedQuery {
  readonly inputs: DiagnosisInputs;
  /** True when the query asks for a diagnosis at all (it names at least one input). */
  readonly asked: boolean;
  readonly problems: readonly DiagnosisProblem[];
}

/** Reads the inputs from a query string; never throws, keeps every value that checks out. */
export function parseDiagnosisQuery(search: unknown): ParsedQuery {
  const none: DiagnosisInputs = { edition: 'unknown' };
  if (typeof search !== 'string') return { inputs: none, asked: false, problems: [] };
  if (search.length > MAX_QUERY_LENGTH) return { inputs: none, asked: true, problems: [{ code: 'tooLong' }] };
  const query = new URLSearchParams(search);
  const version = query.get('diagnose');
  if (version !== null && version !== String(DIAGNOSIS_VERSION)) {
    return { inputs: none, asked: true, problems: [{ code: 'unsupportedVersion' }] };
  }
  const inputs: Record<string, unknown> = { edition: 'unknown' };
  const problems: DiagnosisProblem[] = [];
  let asked = version !== null;
  for (const field of inputFields) {
    const raw = query.get(queryParams[field]);
    if (raw === null || raw === '') continue;
    asked = true;
    const value = parsers[field](raw);
    if (value === undefined) problems.push({ code: 'invalidValue', field });
    else inputs[field] = value;
  }
  return { inputs: inputs as unknown as DiagnosisInputs, asked, problems };
}

/** The query string of a diagnosis, to share it (the inverse of `parseDiagnosisQuery`). */
export function buildDiagnosisQuery(inputs: DiagnosisInputs): string {
  const query = new URLSearchParams();
  query.set('diagnose', String(DIAGNOSIS_VERSION));
  for (const field of inputFields) {
    const value = inputs[field];
    if (value !== undefined) query.set(queryParams[field], String(value));
  }
  return `?${query.toString()}`;
}

/**
 * Campaign's failure types and reasons (Campaign Classic v7 and v8). Labels are keys; each locale's
 * text lives in content/campaign-labels. `code` is the technical `failureReason` value of the log.
 */
export type FailureType = 'hard' | 'soft' | 'ignored';

export interface FailureReason {
  readonly id: FailureReasonId;
  readonly code: number;
  /** The types Campaign may give this reason; the first is the usual one. */
  readonly types: readonly FailureType[];
}

export const failureReasons = {
  userUnknown: { code: 1, types: ['hard'] },
  invalidDomain: { code: 2, types: ['soft'] },
  unreachable: { code: 3, types: ['soft', 'hard'] },
  accountDisabled: { code: 4, types: ['soft', 'hard'] },
  mailboxFull: { code: 5, types: ['soft'] },
  addressNotSpecified: { code: 7, types: ['hard'] },
  denylisted: { code: 8, types: ['hard'] },
  quarantined: { code: 9, types: ['hard'] },
  refused: { code: 20, types: ['soft', 'hard'] },
  errorIgnored: { code: 25, types: ['ignored'] },
  notDefined: { code: 0, types: ['soft'] },
} as const satisfies Record<string, { code: number; types: readonly FailureType[] }>;

export type FailureReasonId = keyof typeof failureReasons;

export const failureReasonIds = Object.keys(failureReasons) as FailureReasonId[];

export function isFailureReasonId(value: unknown): value is FailureReasonId {
  return typeof value === 'string' && Object.hasOwn(failureReasons, value);
}

export function failureReason(id: FailureReasonId): FailureReason {
  return { id, ...failureReasons[id] };
}

/** Reasons a hard bounce can carry, and those a soft bounce can carry. */
export const hardReasonIds = failureReasonIds.filter((id) =>
  (failureReasons[id].types as readonly FailureType[]).includes('hard'),
);
export const softReasonIds = failureReasonIds.filter((id) =>
  (failureReasons[id].types as readonly FailureType[]).includes('soft'),
);

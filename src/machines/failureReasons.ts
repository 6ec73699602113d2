/**
 * Campaign's failure types and reasons (Campaign Classic v7 and v8). Labels are keys; each locale's
 * text lives in content/campaign-labels. `code` is the technical `failureReason` value of the log.
 *
 * `when` says at which moment a reason can appear, which the machines enforce:
 * - `preparation`: the address is excluded while the delivery is prepared; the log shows *Ignored*
 *   and nothing is sent (facts-extended 1.2, 1.18, 1.19, 6.5, 6.8).
 * - `afterSending`: an error reported once the message has left Campaign (facts-extended 6.2–6.7).
 */
export type FailureType = 'hard' | 'soft' | 'ignored';

export type ReasonMoment = 'preparation' | 'afterSending';

export const failureReasons = {
  // facts-extended 6.2: the address does not exist; no further attempt.
  userUnknown: { code: 1, types: ['hard'], when: 'afterSending' },
  // facts-extended 6.3: soft, counted toward quarantine.
  invalidDomain: { code: 2, types: ['soft'], when: 'afterSending' },
  // facts-extended 6.3: soft or hard depending on the error.
  unreachable: { code: 3, types: ['soft', 'hard'], when: 'afterSending' },
  // facts-extended 6.3, 6.4: temporary (soft) or permanent (hard) deactivation.
  accountDisabled: { code: 4, types: ['soft', 'hard'], when: 'afterSending' },
  // facts-extended 6.3: soft.
  mailboxFull: { code: 5, types: ['soft'], when: 'afterSending' },
  // facts-extended 6.5, 1.2: no address; excluded at preparation.
  addressNotSpecified: { code: 7, types: ['hard'], when: 'preparation' },
  // facts-extended 6.5, 1.18: on the denylist at the time of sending. The same code marks a
  // complaint on a delivered message (2.7, 3.5): see `feedback.complaint` in the message machine.
  denylisted: { code: 8, types: ['hard'], when: 'preparation' },
  // facts-extended 6.5, 1.18: already in quarantine; excluded at preparation.
  quarantined: { code: 9, types: ['hard'], when: 'preparation' },
  // facts-extended 6.8, 1.2: the address was already in this delivery.
  double: { code: 10, types: ['ignored'], when: 'preparation' },
  // facts-extended 1.19: typology rules.
  excludedBySqlRule: { code: 11, types: ['ignored'], when: 'preparation' },
  excludedAfterArbitration: { code: 12, types: ['ignored'], when: 'preparation' },
  controlAddress: { code: 127, types: ['ignored'], when: 'preparation' },
  // facts-extended 6.3, 3.9: soft or hard; also tied to spam reports.
  refused: { code: 20, types: ['soft', 'hard'], when: 'afterSending' },
  // facts-extended 6.6: the address is on the allowlist; the error is ignored and the email sent.
  errorIgnored: { code: 25, types: ['ignored'], when: 'afterSending' },
  // facts-extended 6.7: a new error message not qualified yet. facts.md §1 gives its type as "Not
  // defined"; Campaign Standard types it Soft, which the spec follows (MC-not-defined-soft).
  notDefined: { code: 0, types: ['soft'], when: 'afterSending' },
} as const satisfies Record<string, { code: number; types: readonly FailureType[]; when: ReasonMoment }>;

export type FailureReasonId = keyof typeof failureReasons;

export const failureReasonIds = Object.keys(failureReasons) as FailureReasonId[];

const typesOf = (id: FailureReasonId): readonly FailureType[] => failureReasons[id].types;

/** Reasons for excluding an address at preparation: the log shows *Ignored* (facts-extended 1.2, 1.19). */
export const exclusionReasonIds = failureReasonIds.filter((id) => failureReasons[id].when === 'preparation');

const afterSending = failureReasonIds.filter((id) => failureReasons[id].when === 'afterSending');

/** Reasons a hard bounce can carry once the message has left Campaign. */
export const hardReasonIds = afterSending.filter((id) => typesOf(id).includes('hard'));

/**
 * Reasons a soft bounce can carry: the errors that are retried. Only Soft and Ignored errors are
 * retried (facts.md §1, from [F] and [C]).
 */
export const softReasonIds = afterSending.filter(
  (id) => typesOf(id).includes('soft') || typesOf(id).includes('ignored'),
);

/** Reasons an asynchronous bounce email can carry (qualified hard or soft by inMail, facts.md §1). */
export const asyncReasonIds = afterSending.filter((id) => typesOf(id).includes('hard') || typesOf(id).includes('soft'));

/** The type Campaign gives a reason when it arrives as the given kind of bounce. */
export function typeFor(reason: FailureReasonId, wanted: FailureType): FailureType {
  const types = typesOf(reason);
  return types.includes(wanted) ? wanted : (types[0] as FailureType);
}

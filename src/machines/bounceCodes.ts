/**
 * How a bounce becomes a Campaign failure type and reason.
 *
 * ILLUSTRATIVE (MC-illustrative-bounce-mapping): Adobe publishes no table from SMTP codes or Enhanced MTA bounce codes to Campaign
 * reasons. The mapping below follows the classes of RFC 3463 (4.x.x persistent transient, 5.x.x
 * permanent) and the Momentum/SparkPost bounce classes that appear in Campaign's Inbound email rule
 * names (e.g. `Momen_Code10_InvalidRecipient`). Every qualification says where it comes from.
 */
import type { FailureReasonId, FailureType } from './failureReasons.ts';

export type QualificationSource = 'illustrative-rfc3463' | 'illustrative-momentum-class';

export interface Qualification {
  readonly type: FailureType;
  readonly reason: FailureReasonId;
  readonly source: QualificationSource;
}

export interface SmtpReply {
  readonly replyCode: number;
  /** Enhanced status code (RFC 3463), e.g. "5.1.1", when the server sent one. */
  readonly enhancedCode: string | null;
  readonly text: string;
}

// The text after the codes is trimmed below, so one whitespace character is enough to separate it.
const SMTP_REPLY = /^([245]\d\d)(?:[ -]([245])\.(\d{1,3})\.(\d{1,3}))?(?:\s(.*))?$/s;
const MAX_REPLY_LENGTH = 512;

/** Parses "550 5.1.1 user unknown"; null when it is not an SMTP reply line. */
export function parseSmtpReply(line: string): SmtpReply | null {
  if (line.length > MAX_REPLY_LENGTH) return null;
  const match = SMTP_REPLY.exec(line.trim());
  if (!match) return null;
  const [, code, cls, subject, detail, text] = match;
  // Stryker disable next-line OptionalChaining: a match always has its reply code
  if (cls !== undefined && cls !== code?.[0]) return null; // 550 with 4.x.x contradicts itself
  return {
    replyCode: Number(code),
    enhancedCode: cls === undefined ? null : `${cls}.${subject}.${detail}`,
    text: text?.trim() ?? '',
  };
}

/** Reason by RFC 3463 subject.detail, for the subjects Campaign has a reason for. */
const reasonByStatus: Readonly<Record<string, FailureReasonId>> = {
  '1.1': 'userUnknown',
  '1.2': 'invalidDomain',
  '2.1': 'accountDisabled',
  '2.2': 'mailboxFull',
  '4.4': 'unreachable',
  '7.0': 'refused',
  '7.1': 'refused',
};
const reasonBySubject: Readonly<Record<string, FailureReasonId>> = {
  '1': 'userUnknown',
  '4': 'unreachable',
  '7': 'refused',
};

/**
 * A synchronous SMTP failure qualified as the Enhanced MTA would: null for a 2xx (accepted).
 * Mailbox full (x.2.2) is a persistent transient failure even with a 5xx reply (RFC 3463).
 */
export function qualifySmtpReply(reply: SmtpReply): Qualification | null {
  if (reply.replyCode < 400) return null;
  // x.4.7 "Delivery time expired" (RFC 3463): the MTA's own timeout bounce, e.g. "554 5.4.7 [internal]
  // message timeout (last transfail: 454 4.4.4 …)". SparkPost classifies it from the last 4xx reply
  // and it is usually not hard (facts-extended 5.13), so it is soft, with the last transient reply's reason.
  if (reply.enhancedCode?.endsWith('.4.7')) {
    const last = /last transfail:([^)]*)/.exec(reply.text)?.[1]; // parseSmtpReply trims it
    const lastReply = last ? parseSmtpReply(last) : null;
    const inner = lastReply && lastReply.replyCode < 500 ? qualifySmtpReply(lastReply) : null;
    return { type: 'soft', reason: inner?.reason ?? 'unreachable', source: 'illustrative-rfc3463' };
  }
  const permanent = reply.replyCode >= 500;
  // Stryker disable next-line StringLiteral,ArrayDeclaration: without an enhanced code no subject matches, whatever the placeholder
  const [, subject = '', detail = ''] = reply.enhancedCode?.split('.') ?? [];
  const reason = reasonByStatus[`${subject}.${detail}`] ?? reasonBySubject[subject] ?? 'notDefined';
  const alwaysSoft = reason === 'mailboxFull' || reason === 'invalidDomain' || reason === 'notDefined';
  return {
    type: permanent && !alwaysSoft ? 'hard' : 'soft',
    reason,
    source: 'illustrative-rfc3463',
  };
}

/** Momentum bounce classes (as in Inbound email rule names) → Campaign type and reason. */
export const momentumClasses: Readonly<Record<number, { type: FailureType; reason: FailureReasonId }>> = {
  1: { type: 'soft', reason: 'notDefined' },
  10: { type: 'hard', reason: 'userUnknown' },
  20: { type: 'soft', reason: 'unreachable' },
  21: { type: 'soft', reason: 'invalidDomain' },
  22: { type: 'soft', reason: 'mailboxFull' },
  23: { type: 'soft', reason: 'refused' },
  24: { type: 'soft', reason: 'unreachable' },
  25: { type: 'ignored', reason: 'errorIgnored' },
  30: { type: 'hard', reason: 'userUnknown' },
  40: { type: 'soft', reason: 'notDefined' },
  50: { type: 'soft', reason: 'refused' },
  51: { type: 'soft', reason: 'refused' },
  52: { type: 'soft', reason: 'refused' },
  53: { type: 'soft', reason: 'refused' },
  54: { type: 'soft', reason: 'refused' },
  60: { type: 'ignored', reason: 'errorIgnored' },
  70: { type: 'soft', reason: 'unreachable' },
  80: { type: 'ignored', reason: 'errorIgnored' },
  90: { type: 'hard', reason: 'refused' },
  100: { type: 'soft', reason: 'refused' },
};

const RULE_NAME = /^Momen_Code(\d{1,3})_\w{1,64}$/;

/** An asynchronous bounce email, qualified by inMail through the Inbound email rule that matched. */
export function qualifyInboundRule(ruleName: string): Qualification | null {
  const match = RULE_NAME.exec(ruleName);
  const entry = match ? momentumClasses[Number(match[1])] : undefined;
  return entry ? { ...entry, source: 'illustrative-momentum-class' } : null;
}

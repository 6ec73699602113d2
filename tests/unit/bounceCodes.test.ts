/**
 * How a bounce becomes a Campaign failure type and reason. Adobe publishes no such table, so the site's
 * mapping is a named modelling choice (MC-illustrative-bounce-mapping, shown on the notes-on-the-sources
 * page): SMTP replies follow RFC 3463's classes (4.x.x persistent transient, 5.x.x permanent), and
 * bounce emails follow the SparkPost/Momentum class that names the Inbound email rule
 * (facts-extended 4.14, 6.9–6.13). The expectations below are written from those documents: each
 * class's name and category as SparkPost publishes them, each reply as RFC 3463 reads it.
 */
import { describe, expect, it } from 'vitest';
import { parseSmtpReply, qualifyInboundRule, qualifySmtpReply } from '~/machines/bounceCodes.ts';

const qualify = (line: string) => {
  const reply = parseSmtpReply(line);
  if (!reply) throw new Error(`not a reply: ${line}`);
  return qualifySmtpReply(reply);
};

describe('reading an SMTP reply line', () => {
  it('splits the reply code, the enhanced status code and the text', () => {
    expect(parseSmtpReply('550 5.1.1 user unknown')).toEqual({
      replyCode: 550,
      enhancedCode: '5.1.1',
      text: 'user unknown',
    });
    expect(parseSmtpReply('  452-4.2.2 mailbox full  ')).toEqual({
      replyCode: 452,
      enhancedCode: '4.2.2',
      text: 'mailbox full',
    });
    // RFC 3463 allows up to three digits for the subject and the detail.
    expect(parseSmtpReply('550 5.10.123 x')?.enhancedCode).toBe('5.10.123');
  });

  it('reads a reply without an enhanced code, or without any text', () => {
    expect(parseSmtpReply('550 mailbox unavailable')).toEqual({
      replyCode: 550,
      enhancedCode: null,
      text: 'mailbox unavailable',
    });
    expect(parseSmtpReply('550')).toEqual({ replyCode: 550, enhancedCode: null, text: '' });
    expect(parseSmtpReply('550 5.1.1    user unknown')?.text).toBe('user unknown');
  });

  it('reads codes run into the text as text, not as an enhanced code', () => {
    expect(parseSmtpReply('550 5.1.1user unknown')).toEqual({
      replyCode: 550,
      enhancedCode: null,
      text: '5.1.1user unknown',
    });
  });

  it('refuses what is not a reply line: text before the code, a class that contradicts the code, too long', () => {
    expect(parseSmtpReply('bounce: 550 5.1.1 user unknown')).toBeNull();
    expect(parseSmtpReply('550 4.1.1 user unknown')).toBeNull();
    expect(parseSmtpReply('650 6.1.1 no such class')).toBeNull();
    const text = (length: number) => `550 5.1.1 ${'x'.repeat(length - 10)}`;
    expect(parseSmtpReply(text(512))?.replyCode).toBe(550);
    expect(parseSmtpReply(text(513))).toBeNull();
  });
});

describe('qualifying a synchronous SMTP failure (RFC 3463 classes)', () => {
  it.each([
    // 2xx: accepted, not a bounce.
    ['250 2.0.0 OK', null],
    // x.1.1 bad destination mailbox; permanent when 5xx.
    ['550 5.1.1 user unknown', { type: 'hard', reason: 'userUnknown' }],
    ['500 5.1.1 user unknown', { type: 'hard', reason: 'userUnknown' }],
    // x.1.2 bad destination system: the domain may come back, so soft.
    ['550 5.1.2 bad destination system', { type: 'soft', reason: 'invalidDomain' }],
    // x.2.1 mailbox disabled; x.2.2 mailbox full is persistent transient even with a 5xx reply.
    ['550 5.2.1 account disabled', { type: 'hard', reason: 'accountDisabled' }],
    ['552 5.2.2 mailbox full', { type: 'soft', reason: 'mailboxFull' }],
    // x.4.4 unable to route; x.7.x security or policy (x.7.0 other, x.7.1 delivery not authorized).
    ['451 4.4.4 unable to route', { type: 'soft', reason: 'unreachable' }],
    ['421 4.7.0 try again later', { type: 'soft', reason: 'refused' }],
    ['554 5.7.1 message refused', { type: 'hard', reason: 'refused' }],
    // Other details fall back to their subject: x.1.x addressing, x.4.x network and routing, x.7.x policy.
    ['550 5.1.9 addressing', { type: 'hard', reason: 'userUnknown' }],
    ['550 5.4.1 no answer from host', { type: 'hard', reason: 'unreachable' }],
    ['550 5.7.26 unauthenticated', { type: 'hard', reason: 'refused' }],
    // A failure Campaign has no reason for, or no enhanced code at all: not defined, never hard.
    ['554 5.3.4 message too big', { type: 'soft', reason: 'notDefined' }],
    ['550 mailbox unavailable', { type: 'soft', reason: 'notDefined' }],
    ['400 4.0.0 other', { type: 'soft', reason: 'notDefined' }],
  ] as const)('%s', (line, expected) => {
    const qualification = qualify(line);
    if (expected === null) expect(qualification).toBeNull();
    else expect(qualification).toEqual({ ...expected, source: 'illustrative-rfc3463' });
  });

  describe("the MTA's own timeout bounce (x.4.7, facts-extended 5.13): soft, with the reason of the last transient reply", () => {
    it.each([
      ['554 5.4.7 [internal] message timeout (last transfail: 452 4.2.2 mailbox full)', 'mailboxFull'],
      ['554 5.4.7 [internal] message timeout (last transfail:421 4.7.0 try later)', 'refused'],
      // The last reply was not transient: only the timeout itself is known.
      ['554 5.4.7 [internal] message timeout (last transfail: 550 5.1.1 user unknown)', 'unreachable'],
      ['554 5.4.7 [internal] message timeout (last transfail: 500 5.7.1 refused)', 'unreachable'],
      ['554 5.4.7 [internal] message timeout', 'unreachable'],
      ['451 4.4.7 delivery time expired', 'unreachable'],
    ])('%s', (line, reason) => {
      expect(qualify(line)).toEqual({ type: 'soft', reason, source: 'illustrative-rfc3463' });
    });
  });
});

describe('qualifying a bounce email by the SparkPost class in its Inbound email rule name', () => {
  // Class, SparkPost's name and category; the type follows the category (hard stays hard; soft, block and
  // undetermined are usually temporary, 6.12; admin messages and auto-replies are not failures of the
  // address), the reason follows the name.
  it.each([
    [1, 'Undetermined', 'soft', 'notDefined'],
    [10, 'Invalid Recipient (hard)', 'hard', 'userUnknown'],
    [20, 'Soft Bounce', 'soft', 'unreachable'],
    [21, 'DNS Failure (soft)', 'soft', 'invalidDomain'],
    [22, 'Mailbox Full (soft)', 'soft', 'mailboxFull'],
    [23, 'Too Large (soft)', 'soft', 'refused'],
    [24, 'Timeout (soft)', 'soft', 'unreachable'],
    [25, 'Admin Failure', 'ignored', 'errorIgnored'],
    [30, 'Generic Bounce: No RCPT (hard)', 'hard', 'userUnknown'],
    [40, 'Generic Bounce (soft)', 'soft', 'notDefined'],
    [50, 'Mail Block (block)', 'soft', 'refused'],
    [51, 'Spam Block (block)', 'soft', 'refused'],
    [52, 'Spam Content (block)', 'soft', 'refused'],
    [53, 'Prohibited Attachment (block)', 'soft', 'refused'],
    [54, 'Relaying Denied (block)', 'soft', 'refused'],
    [60, 'Auto-Reply', 'ignored', 'errorIgnored'],
    [70, 'Transient Failure (soft)', 'soft', 'unreachable'],
    [80, 'Subscribe (admin)', 'ignored', 'errorIgnored'],
    [90, 'Unsubscribe (hard)', 'hard', 'refused'],
    [100, 'Challenge-Response (soft)', 'soft', 'refused'],
  ] as const)('class %i, %s', (code, name, type, reason) => {
    const rule = `Momen_Code${code}_${name.replace(/\W+/g, '')}`;
    expect(qualifyInboundRule(rule)).toEqual({ type, reason, source: 'illustrative-momentum-class' });
  });

  it('matches the whole rule name only, and no class SparkPost does not publish', () => {
    expect(qualifyInboundRule('Momen_Code10_InvalidRecipient')?.reason).toBe('userUnknown');
    expect(qualifyInboundRule('x Momen_Code10_InvalidRecipient')).toBeNull();
    expect(qualifyInboundRule('Momen_Code10_InvalidRecipient!')).toBeNull();
    expect(qualifyInboundRule('Momen_Code11_Unknown')).toBeNull();
    expect(qualifyInboundRule('Momen_Code1000_TooMany')).toBeNull();
  });
});

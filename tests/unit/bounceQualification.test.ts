import { describe, expect, it } from 'vitest';
import { parseSmtpReply, qualifyInboundRule, qualifySmtpReply, replay } from '~/machines/index.ts';

describe('synchronous bounces, qualified by the Enhanced MTA (illustrative RFC 3463 mapping: MC-illustrative-bounce-mapping)', () => {
  it.each([
    ['550 5.1.1 user unknown', 'hard', 'userUnknown'],
    ['550 5.1.2 bad destination system', 'soft', 'invalidDomain'],
    ['452 4.2.2 mailbox full', 'soft', 'mailboxFull'],
    ['552 5.2.2 mailbox full', 'soft', 'mailboxFull'],
    ['550 5.2.1 mailbox disabled', 'hard', 'accountDisabled'],
    ['450 4.2.1 mailbox disabled for now', 'soft', 'accountDisabled'],
    ['421 4.7.0 try again later', 'soft', 'refused'],
    ['554 5.7.1 message refused', 'hard', 'refused'],
    // facts-extended 5.13: the MTA's timeout bounce is classified from the last 4xx reply, usually not hard.
    ['554 5.4.7 delivery time expired', 'soft', 'unreachable'],
    ['554 5.4.7 [internal] message timeout (last transfail: 452 4.2.2 mailbox full)', 'soft', 'mailboxFull'],
    [
      '554 5.4.7 [internal] message timeout (last transfail: 454 4.4.4 [internal] no MX or A for domain)',
      'soft',
      'unreachable',
    ],
    ['451 4.3.0 sending IP temporarily suspended', 'soft', 'notDefined'],
    ['550 mailbox unavailable', 'soft', 'notDefined'],
  ])('qualifies "%s" as %s / %s', (line, type, reason) => {
    const reply = parseSmtpReply(line);
    expect(reply).not.toBeNull();
    expect(qualifySmtpReply(reply!)).toEqual({ type, reason, source: 'illustrative-rfc3463' });
  });

  it('treats a 2xx reply as accepted, not as a bounce', () => {
    expect(qualifySmtpReply(parseSmtpReply('250 2.0.0 OK')!)).toBeNull();
  });

  it.each(['', 'hello', '550 4.1.1 contradicts itself', '6000 5.1.1', 'x'.repeat(600)])(
    'refuses "%s" as an SMTP reply',
    (line) => {
      expect(parseSmtpReply(line)).toBeNull();
    },
  );

  it('records that the Enhanced MTA, not Campaign, qualified a synchronous failure', () => {
    const result = replay('bounceQualification', [{ type: 'smtp.replied', reply: '550 5.1.1 no such user' }]);
    const last = result.steps.at(-1)!;
    expect(last.states).toEqual(['hard']);
    expect(last.context['qualifiedBy']).toBe('enhancedMta');
    expect(last.failure).toEqual({ reason: 'userUnknown', type: 'hard' });
  });

  it('refuses a reply it cannot read, naming the event', () => {
    const result = replay('bounceQualification', [{ type: 'smtp.replied', reply: 'not smtp' }]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ code: 'eventNotAccepted', eventType: 'smtp.replied', index: 0 });
    expect(result.steps.map((step) => step.states)).toEqual([['attempting']]);
  });
});

describe('asynchronous bounces, qualified by inMail through the Inbound email rules', () => {
  it.each([
    ['Momen_Code10_InvalidRecipient', 'hard', 'userUnknown'],
    ['Momen_Code22_MailboxFull', 'soft', 'mailboxFull'],
    ['Momen_Code60_AutoReply', 'ignored', 'errorIgnored'],
    ['Momen_Code52_SpamContent', 'soft', 'refused'],
  ])('qualifies the rule %s as %s / %s', (rule, type, reason) => {
    expect(qualifyInboundRule(rule)).toEqual({ type, reason, source: 'illustrative-momentum-class' });
  });

  it('knows no rule outside the Momentum classes', () => {
    expect(qualifyInboundRule('Momen_Code99_Nothing')).toBeNull();
    expect(qualifyInboundRule('Auto_replies')).toBeNull();
  });

  it.each([
    ['Momen_Code10_InvalidRecipient', 'hard'],
    ['Momen_Code22_MailboxFull', 'soft'],
    ['Momen_Code60_AutoReply', 'ignored'],
  ])('after a 250, a bounce email matching %s ends %s, qualified by inMail', (rule, state) => {
    const result = replay('bounceQualification', [
      { type: 'smtp.replied', reply: '250 2.0.0 OK' },
      { type: 'bounceMail.received', rule },
    ]);
    expect(result.steps.map((step) => step.states[0])).toEqual(['attempting', 'accepted', state]);
    expect(result.steps.at(-1)?.context['qualifiedBy']).toBe('inMail');
  });
});

describe('what a reader sees at each stage of the qualification', () => {
  const stage = (events: Parameters<typeof replay>[1]) => {
    const last = replay('bounceQualification', events).steps.at(-1)!;
    return { states: last.states, meta: last.meta, context: last.context };
  };

  it('starts at the attempt, with nothing qualified and nothing said yet', () => {
    expect(stage([])).toEqual({
      states: ['attempting'],
      meta: { stage: 'attempting' },
      context: { qualification: null, qualifiedBy: null, evidence: null },
    });
  });

  it('after a 2xx reply: accepted, still nothing qualified', () => {
    expect(stage([{ type: 'smtp.replied', reply: '250 2.0.0 OK' }])).toMatchObject({
      states: ['accepted'],
      meta: { stage: 'accepted' },
      context: { qualification: null, qualifiedBy: null },
    });
  });

  it('ends once the bounce is qualified, whatever its type', () => {
    const done = (events: Parameters<typeof replay>[1]) => replay('bounceQualification', events).steps.at(-1)!.done;
    const accepted = { type: 'smtp.replied', reply: '250 2.0.0 OK' } as const;
    expect(done([])).toBe(false);
    expect(done([accepted])).toBe(false);
    expect(done([{ type: 'smtp.replied', reply: '550 5.1.1 user unknown' }])).toBe(true);
    expect(done([{ type: 'smtp.replied', reply: '452 4.2.2 mailbox full' }])).toBe(true);
    expect(done([accepted, { type: 'bounceMail.received', rule: 'Momen_Code60_AutoReply' }])).toBe(true);
  });

  it('a synchronous failure: qualified by the Enhanced MTA, with the reply as said (trimmed) for evidence', () => {
    expect(stage([{ type: 'smtp.replied', reply: '  452 4.2.2 mailbox full ' }])).toEqual({
      states: ['soft'],
      meta: { stage: 'qualified', failureType: 'soft' },
      context: {
        qualification: { type: 'soft', reason: 'mailboxFull', source: 'illustrative-rfc3463' },
        qualifiedBy: 'enhancedMta',
        evidence: '452 4.2.2 mailbox full',
      },
    });
    expect(stage([{ type: 'smtp.replied', reply: '550 5.1.1 user unknown' }]).meta).toEqual({
      stage: 'qualified',
      failureType: 'hard',
    });
  });

  it('a bounce email after acceptance: qualified by inMail, with the rule that matched for evidence', () => {
    const accepted = { type: 'smtp.replied', reply: '250 2.0.0 OK' } as const;
    expect(stage([accepted, { type: 'bounceMail.received', rule: 'Momen_Code60_AutoReply' }])).toEqual({
      states: ['ignored'],
      meta: { stage: 'qualified', failureType: 'ignored' },
      context: {
        qualification: { type: 'ignored', reason: 'errorIgnored', source: 'illustrative-momentum-class' },
        qualifiedBy: 'inMail',
        evidence: 'Momen_Code60_AutoReply',
      },
    });
    expect(stage([accepted, { type: 'bounceMail.received', rule: 'Momen_Code22_MailboxFull' }]).meta).toEqual({
      stage: 'qualified',
      failureType: 'soft',
    });
    expect(stage([accepted, { type: 'bounceMail.received', rule: 'Momen_Code10_InvalidRecipient' }]).meta).toEqual({
      stage: 'qualified',
      failureType: 'hard',
    });
  });
});

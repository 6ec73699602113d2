/**
 * Who qualifies a bounce, and how. A synchronous failure (the SMTP reply during the MTA's attempt)
 * is qualified by the Enhanced MTA, which sends Campaign a bounce code already mapped to a type and a
 * reason: Campaign's Delivery log qualification table is not used. A bounce email that arrives later
 * (asynchronous) is qualified by Campaign's inMail process through the Inbound email rules.
 */
import { assertEvent, assign, setup } from 'xstate';
import { parseSmtpReply, type Qualification, qualifyInboundRule, qualifySmtpReply } from './bounceCodes.ts';
import type { FailureType } from './failureReasons.ts';

export type Qualifier = 'enhancedMta' | 'inMail';

export interface BounceContext {
  readonly qualification: Qualification | null;
  readonly qualifiedBy: Qualifier | null;
  /** What the server or rule said, as plain text (never markup). */
  readonly evidence: string | null;
}

export type BounceEvent = { type: 'smtp.replied'; reply: string } | { type: 'bounceMail.received'; rule: string };

/** A synchronous reply qualified; null when accepted (2xx), undefined when it cannot be read. */
function syncQualification(reply: string): Qualification | null | undefined {
  const parsed = parseSmtpReply(reply);
  return parsed ? qualifySmtpReply(parsed) : undefined;
}

const failureTypeMeta = (failureType: FailureType) => ({ failureType });

export const bounceQualificationMachine = setup({
  // Stryker disable next-line ObjectLiteral: types exist only for the compiler
  types: {
    context: {} as BounceContext,
    events: {} as BounceEvent,
  },
  guards: {
    replyAccepted: ({ event }) => {
      assertEvent(event, 'smtp.replied');
      return syncQualification(event.reply) === null;
    },
    replyIs: ({ event }, params: { type: FailureType }) => {
      assertEvent(event, 'smtp.replied');
      return syncQualification(event.reply)?.type === params.type;
    },
    ruleIs: ({ event }, params: { type: FailureType }) => {
      assertEvent(event, 'bounceMail.received');
      return qualifyInboundRule(event.rule)?.type === params.type;
    },
  },
  actions: {
    // Run only after a guard above qualified the event: the qualification exists.
    recordSync: assign(({ event }) => {
      assertEvent(event, 'smtp.replied');
      return {
        // Stryker disable next-line LogicalOperator: a guard above has already qualified this reply
        qualification: syncQualification(event.reply) ?? null,
        qualifiedBy: 'enhancedMta' as const,
        evidence: event.reply.trim(),
      };
    }),
    recordAsync: assign(({ event }) => {
      assertEvent(event, 'bounceMail.received');
      return { qualification: qualifyInboundRule(event.rule), qualifiedBy: 'inMail' as const, evidence: event.rule };
    }),
  },
}).createMachine({
  id: 'bounceQualification',
  context: { qualification: null, qualifiedBy: null, evidence: null },
  initial: 'attempting',
  states: {
    attempting: {
      meta: { stage: 'attempting' },
      on: {
        'smtp.replied': [
          { guard: 'replyAccepted', target: 'accepted' },
          { guard: { type: 'replyIs', params: { type: 'hard' } }, target: 'hard', actions: 'recordSync' },
          { guard: { type: 'replyIs', params: { type: 'soft' } }, target: 'soft', actions: 'recordSync' },
        ],
      },
    },
    accepted: {
      meta: { stage: 'accepted' },
      on: {
        'bounceMail.received': [
          { guard: { type: 'ruleIs', params: { type: 'hard' } }, target: 'hard', actions: 'recordAsync' },
          { guard: { type: 'ruleIs', params: { type: 'soft' } }, target: 'soft', actions: 'recordAsync' },
          { guard: { type: 'ruleIs', params: { type: 'ignored' } }, target: 'ignored', actions: 'recordAsync' },
        ],
      },
    },
    hard: { type: 'final', meta: { stage: 'qualified', ...failureTypeMeta('hard') } },
    soft: { type: 'final', meta: { stage: 'qualified', ...failureTypeMeta('soft') } },
    ignored: { type: 'final', meta: { stage: 'qualified', ...failureTypeMeta('ignored') } },
  },
});

/**
 * Who qualifies a bounce, and how. A synchronous failure (the SMTP reply during the MTA's attempt)
 * is qualified by the Enhanced MTA, which sends Campaign a bounce code already mapped to a type and a
 * reason: Campaign's Delivery log qualification table is not used. A bounce email that arrives later
 * (asynchronous) is qualified by Campaign's inMail process through the Inbound email rules.
 */
import { assign, setup } from 'xstate';
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

function syncQualification(event: BounceEvent): Qualification | null | undefined {
  if (event.type !== 'smtp.replied') return undefined;
  const reply = parseSmtpReply(event.reply);
  return reply ? qualifySmtpReply(reply) : undefined;
}

function asyncQualification(event: BounceEvent): Qualification | undefined {
  return event.type === 'bounceMail.received' ? (qualifyInboundRule(event.rule) ?? undefined) : undefined;
}

const failureTypeMeta = (failureType: FailureType) => ({ failureType });

export const bounceQualificationMachine = setup({
  types: {
    context: {} as BounceContext,
    events: {} as BounceEvent,
  },
  guards: {
    replyAccepted: ({ event }) => syncQualification(event) === null,
    replyIs: ({ event }, params: { type: FailureType }) => syncQualification(event)?.type === params.type,
    ruleIs: ({ event }, params: { type: FailureType }) => asyncQualification(event)?.type === params.type,
  },
  actions: {
    recordSync: assign(({ event }) => ({
      qualification: syncQualification(event) ?? null,
      qualifiedBy: 'enhancedMta' as const,
      evidence: event.type === 'smtp.replied' ? event.reply.trim() : null,
    })),
    recordAsync: assign(({ event }) => ({
      qualification: asyncQualification(event) ?? null,
      qualifiedBy: 'inMail' as const,
      evidence: event.type === 'bounceMail.received' ? event.rule : null,
    })),
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

/**
 * Moving an instance from Campaign's native MTA to the Enhanced MTA. A few minutes of downtime during
 * which transactional API calls are queued (then retried), up to 24 hours of monitoring by Adobe, and
 * a temporary rollback if something goes wrong. Only email moves; push and SMS stay on the native MTA,
 * and the sending IPs stay the same, so no re-warm-up is needed. On-premise instances cannot upgrade.
 */
import { assertEvent, assign, setup } from 'xstate';

export type Hosting = 'hosted' | 'hybrid' | 'onPremise';

export interface UpgradeContext {
  readonly hosting: Hosting;
  /** Transactional API calls received during the downtime, waiting to be retried. */
  readonly queuedCalls: number;
  /** Calls retried once the upgrade completed. */
  readonly retriedCalls: number;
  readonly monitoredHours: number;
}

export interface UpgradeInput {
  readonly hosting?: Hosting;
}

export type UpgradeEvent =
  | { type: 'upgrade.started' }
  | { type: 'api.called' }
  | { type: 'upgrade.completed' }
  | { type: 'issue.detected' }
  | { type: 'upgrade.resumed' }
  | { type: 'monitoring.completed' }
  | { type: 'clock.advanced'; hours: number };

export const MONITORING_HOURS = 24;

export const upgradeMachine = setup({
  // Stryker disable next-line ObjectLiteral: types exist only for the compiler
  types: {
    context: {} as UpgradeContext,
    events: {} as UpgradeEvent,
    input: {} as UpgradeInput,
  },
  guards: {
    canUpgrade: ({ context }) => context.hosting !== 'onPremise',
    monitoringEnds: ({ context, event }) => {
      assertEvent(event, 'clock.advanced');
      return context.monitoredHours + event.hours >= MONITORING_HOURS;
    },
  },
  actions: {
    queueCall: assign({ queuedCalls: ({ context }) => context.queuedCalls + 1 }),
    retryQueuedCalls: assign({
      retriedCalls: ({ context }) => context.retriedCalls + context.queuedCalls,
      queuedCalls: 0,
    }),
    monitor: assign({
      monitoredHours: ({ context, event }) => {
        assertEvent(event, 'clock.advanced');
        return Math.min(MONITORING_HOURS, context.monitoredHours + event.hours);
      },
    }),
    restartMonitoring: assign({ monitoredHours: 0 }),
  },
}).createMachine({
  id: 'upgrade',
  context: ({ input }) => ({
    hosting: input?.hosting ?? 'hosted',
    queuedCalls: 0,
    retriedCalls: 0,
    monitoredHours: 0,
  }),
  initial: 'nativeMta',
  states: {
    nativeMta: {
      meta: { emailMta: 'native', transactionalApi: 'sending' },
      on: { 'upgrade.started': { guard: 'canUpgrade', target: 'downtime' } },
    },
    downtime: {
      meta: { emailMta: 'none', transactionalApi: 'queued' },
      on: {
        'api.called': { actions: 'queueCall' },
        'upgrade.completed': { target: 'monitoring', actions: 'retryQueuedCalls' },
      },
    },
    monitoring: {
      meta: { emailMta: 'enhanced', transactionalApi: 'sending' },
      on: {
        'issue.detected': 'rolledBack',
        'monitoring.completed': 'enhancedMta',
        'clock.advanced': [
          { guard: 'monitoringEnds', target: 'enhancedMta', actions: 'monitor' },
          { actions: 'monitor' },
        ],
      },
    },
    // Seeds: Adobe can roll the instance back to the native MTA "temporarily". How and when the
    // upgrade then resumes is not stated (MC-rollback-resume).
    rolledBack: {
      meta: { emailMta: 'native', transactionalApi: 'sending' },
      on: { 'upgrade.resumed': { target: 'monitoring', actions: 'restartMonitoring' } },
    },
    enhancedMta: {
      meta: { emailMta: 'enhanced', transactionalApi: 'sending' },
      type: 'final',
    },
  },
});

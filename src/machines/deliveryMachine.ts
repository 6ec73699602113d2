/**
 * A delivery from Campaign's side, and the Enhanced MTA's queue beside it. Two parallel regions,
 * because they part ways at a stop: Campaign shows *Stopped*, yet every message already handed to
 * the Enhanced MTA is still delivered (seed classic-v7 "stopping a delivery", facts-extended 1.14);
 * only what Campaign had not handed over yet stays behind, Pending, until the Database cleanup
 * workflow may set it to *Delivery canceled* (facts-extended 1.15, 1.16).
 *
 * Campaign hands messages over while the delivery is In progress; `wave.handedOver` says one wave
 * has been handed over completely. The delivery shows Finished once every wave is handed over and
 * the MTA has worked through its queue (MC-delivery-finished: the sources do not say when).
 */
import { assign, setup, stateIn } from 'xstate';

/**
 * What became of the messages Campaign had not handed over when the delivery stopped: none left,
 * still Pending, or set to Delivery canceled by the cleanup workflow.
 */
export type LeftBehind = 'none' | 'pending' | 'canceled';

export interface DeliveryContext {
  /** How many waves the delivery is split into (1 = all at once). */
  readonly waves: number;
  readonly wavesHandedOver: number;
  readonly leftBehind: LeftBehind;
}

export interface DeliveryInput {
  readonly waves?: number;
}

export type DeliveryEvent =
  | { type: 'analysis.started' }
  | { type: 'analysis.succeeded' }
  | { type: 'analysis.failed' }
  | { type: 'delivery.confirmed' }
  | { type: 'delivery.scheduled' }
  | { type: 'schedule.reached' }
  | { type: 'wave.handedOver' }
  | { type: 'delivery.stopped' }
  | { type: 'mta.queueDrained' }
  | { type: 'cleanup.canceled' };

export const MAX_WAVES = 50;

export const deliveryMachine = setup({
  // Stryker disable next-line ObjectLiteral: types exist only for the compiler
  types: {
    context: {} as DeliveryContext,
    events: {} as DeliveryEvent,
    input: {} as DeliveryInput,
  },
  guards: {
    lastWave: ({ context }) => context.wavesHandedOver + 1 >= context.waves,
    // The MTA only receives what Campaign hands over, and Campaign only does so while In progress.
    campaignInProgress: stateIn({ campaign: 'inProgress' }),
    awaitingConfirmation: stateIn({ campaign: 'awaitingConfirmation' }),
    scheduled: stateIn({ campaign: 'scheduled' }),
    messagesLeftPending: ({ context }) => context.leftBehind === 'pending',
  },
  actions: {
    countWave: assign({ wavesHandedOver: ({ context }) => context.wavesHandedOver + 1 }),
    // Only taken while waves are still with Campaign (before the last one is handed over).
    leaveRestPending: assign({ leftBehind: 'pending' as const }),
    cancelRest: assign({ leftBehind: 'canceled' as const }),
  },
}).createMachine({
  id: 'delivery',
  type: 'parallel',
  context: ({ input }) => ({
    // The registry refuses a wave count outside 1 to MAX_WAVES before the machine starts.
    waves: input?.waves ?? 1,
    wavesHandedOver: 0,
    leftBehind: 'none',
  }),
  states: {
    campaign: {
      initial: 'beingEdited',
      states: {
        beingEdited: {
          meta: { deliveryStatus: 'beingEdited' },
          on: { 'analysis.started': 'analysing' },
        },
        analysing: {
          meta: { deliveryStatus: 'analysing' },
          on: { 'analysis.succeeded': 'awaitingConfirmation', 'analysis.failed': 'beingEdited' },
        },
        awaitingConfirmation: {
          meta: { deliveryStatus: 'awaitingConfirmation' },
          on: { 'delivery.confirmed': 'inProgress', 'delivery.scheduled': 'scheduled' },
        },
        scheduled: {
          meta: { deliveryStatus: 'startPending' },
          on: {
            'schedule.reached': 'inProgress',
            'delivery.stopped': { target: 'stopped', actions: 'leaveRestPending' },
          },
        },
        inProgress: {
          meta: { deliveryStatus: 'inProgress' },
          on: {
            'wave.handedOver': [
              { guard: 'lastWave', target: 'handedOver', actions: 'countWave' },
              { actions: 'countWave' },
            ],
            'delivery.stopped': { target: 'stopped', actions: 'leaveRestPending' },
          },
        },
        // Still In progress for Campaign: everything is with the MTA, which is still delivering.
        handedOver: {
          meta: { deliveryStatus: 'inProgress' },
          on: {
            // facts-extended 1.14: a delivery already transferred can still be "stopped", and shows Stopped.
            // Every wave is with the MTA by now: nothing is left Pending.
            'delivery.stopped': 'stopped',
            'mta.queueDrained': 'finished',
          },
        },
        // Campaign's view only: the MTA region below keeps delivering what it already holds.
        stopped: {
          meta: { deliveryStatus: 'stopped' },
          on: {
            // facts-extended 1.16: stopped deliveries with over 10,000 unprocessed messages; below
            // that the sources do not say what the Pending logs become (MC-stop-cleanup).
            'cleanup.canceled': { guard: 'messagesLeftPending', actions: 'cancelRest' },
          },
        },
        finished: { meta: { deliveryStatus: 'finished' }, type: 'final' },
      },
    },
    mta: {
      initial: 'empty',
      states: {
        empty: {
          meta: { mtaQueue: 'empty' },
          // Campaign starts handing messages over as soon as the delivery is In progress.
          on: {
            'delivery.confirmed': { guard: 'awaitingConfirmation', target: 'delivering' },
            'schedule.reached': { guard: 'scheduled', target: 'delivering' },
          },
        },
        delivering: {
          meta: { mtaQueue: 'delivering' },
          on: { 'mta.queueDrained': 'drained' },
        },
        drained: {
          meta: { mtaQueue: 'drained' },
          on: { 'wave.handedOver': { guard: 'campaignInProgress', target: 'delivering' } },
        },
      },
    },
  },
});

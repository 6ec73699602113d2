/**
 * A delivery from Campaign's side, and the Enhanced MTA's queue beside it. Two parallel regions,
 * because they part ways at a stop: Campaign shows *Stopped*, yet every message already handed to
 * the Enhanced MTA is still delivered; only what Campaign had not handed over yet stays behind.
 */
import { assign, setup, stateIn } from 'xstate';

export interface DeliveryContext {
  /** How many waves the delivery is split into (1 = all at once). */
  readonly waves: number;
  readonly wavesHandedOver: number;
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
  | { type: 'mta.queueDrained' };

export const MAX_WAVES = 50;

export const deliveryMachine = setup({
  types: {
    context: {} as DeliveryContext,
    events: {} as DeliveryEvent,
    input: {} as DeliveryInput,
  },
  guards: {
    lastWave: ({ context }) => context.wavesHandedOver + 1 >= context.waves,
    // The MTA only receives what Campaign hands over, and Campaign only does so while In progress.
    campaignInProgress: stateIn({ campaign: 'inProgress' }),
  },
  actions: {
    countWave: assign({ wavesHandedOver: ({ context }) => context.wavesHandedOver + 1 }),
  },
}).createMachine({
  id: 'delivery',
  type: 'parallel',
  context: ({ input }) => ({
    waves: Math.min(MAX_WAVES, Math.max(1, Math.trunc(input?.waves ?? 1))),
    wavesHandedOver: 0,
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
          on: { 'schedule.reached': 'inProgress', 'delivery.stopped': 'stopped' },
        },
        inProgress: {
          meta: { deliveryStatus: 'inProgress' },
          on: {
            'wave.handedOver': [
              { guard: 'lastWave', target: 'finished', actions: 'countWave' },
              { actions: 'countWave' },
            ],
            'delivery.stopped': 'stopped',
          },
        },
        // Campaign's view only: the MTA region below keeps delivering what it already holds.
        stopped: { meta: { deliveryStatus: 'stopped' }, type: 'final' },
        finished: { meta: { deliveryStatus: 'finished' }, type: 'final' },
      },
    },
    mta: {
      initial: 'empty',
      states: {
        empty: {
          meta: { mtaQueue: 'empty' },
          on: { 'wave.handedOver': { guard: 'campaignInProgress', target: 'delivering' } },
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

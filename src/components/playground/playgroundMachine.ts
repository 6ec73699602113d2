/**
 * The playground's own state: the events taken, where the reader stands in that history, and the
 * machine's input. What the message looks like at a step is never stored here: it is always replayed
 * through the specification (see `view.ts`).
 */
import { assign, setup } from 'xstate';
import { MAX_REPLAY_EVENTS, type SpecEvent } from '~/machines/index.ts';

/** True when a history at this step can take no further event (the limit links and replays share). */
export const isAtStepLimit = (cursor: number): boolean => cursor >= MAX_REPLAY_EVENTS;

export interface PlaygroundContext {
  readonly events: readonly SpecEvent[];
  /** The step shown: 0 is the initial state, n follows the n-th event. */
  readonly cursor: number;
  readonly input: Readonly<Record<string, unknown>>;
}

export type PlaygroundEvent =
  | { type: 'step.taken'; event: SpecEvent }
  | { type: 'history.back' }
  | { type: 'history.forward' }
  /** Opens a step of the history (0 is the start), as a history link does. */
  | { type: 'history.opened'; cursor: number }
  | { type: 'history.reset' }
  | { type: 'history.loaded'; events: readonly SpecEvent[]; cursor: number; input: Readonly<Record<string, unknown>> }
  | { type: 'input.changed'; input: Readonly<Record<string, unknown>> };

export const playgroundMachine = setup({
  types: {
    context: {} as PlaygroundContext,
    events: {} as PlaygroundEvent,
    input: {} as PlaygroundContext,
  },
  guards: {
    canGoBack: ({ context }) => context.cursor > 0,
    canGoForward: ({ context }) => context.cursor < context.events.length,
    isStepOfHistory: ({ context, event }) =>
      event.type === 'history.opened' &&
      Number.isInteger(event.cursor) &&
      event.cursor >= 0 &&
      event.cursor <= context.events.length,
    // A history longer than a link can carry would break the link written to the address bar.
    hasRoomForStep: ({ context }) => !isAtStepLimit(context.cursor),
  },
  actions: {
    // Taking a step from the past drops the steps that followed it, as a browser's history does.
    takeStep: assign(({ context, event }) =>
      event.type === 'step.taken'
        ? { events: [...context.events.slice(0, context.cursor), event.event], cursor: context.cursor + 1 }
        : {},
    ),
    back: assign({ cursor: ({ context }) => context.cursor - 1 }),
    forward: assign({ cursor: ({ context }) => context.cursor + 1 }),
    open: assign({ cursor: ({ context, event }) => (event.type === 'history.opened' ? event.cursor : context.cursor) }),
    reset: assign({ events: [], cursor: 0 }),
    load: assign(({ event }) =>
      event.type === 'history.loaded' ? { events: event.events, cursor: event.cursor, input: event.input } : {},
    ),
    changeInput: assign(({ event }) =>
      event.type === 'input.changed' ? { input: event.input, events: [], cursor: 0 } : {},
    ),
  },
}).createMachine({
  id: 'playground',
  context: ({ input }) => input,
  on: {
    'step.taken': { guard: 'hasRoomForStep', actions: 'takeStep' },
    'history.back': { guard: 'canGoBack', actions: 'back' },
    'history.forward': { guard: 'canGoForward', actions: 'forward' },
    'history.opened': { guard: 'isStepOfHistory', actions: 'open' },
    'history.reset': { actions: 'reset' },
    'history.loaded': { actions: 'load' },
    'input.changed': { actions: 'changeInput' },
  },
});

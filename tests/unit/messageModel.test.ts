/**
 * Model-based tests of the two message machines with xstate's graph utilities: every state and every
 * transition is reached, and the reader-visible invariants hold at every step of every simple path.
 */
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { createTestModel, getAdjacencyMap, getShortestPaths, getSimplePaths } from 'xstate/graph';
import {
  emailFeedbackServiceMachine,
  enhancedMtaReportingMachine,
  type LogStatus,
  type ReportingMeta,
  reasonsFor,
  replay,
} from '~/machines/index.ts';
import type { MessageEvent, MessageStateId } from '~/machines/messageLifecycle.ts';

const everyEvent: MessageEvent[] = [
  { type: 'preparation.excluded', reason: 'quarantined' },
  { type: 'preparation.excluded', reason: 'double' },
  { type: 'cleanup.canceled' },
  { type: 'mta.accepted' },
  { type: 'mta.delivered' },
  { type: 'feedback.hardBounce', reason: 'userUnknown' },
  // Reasons that do not fit their event: the machines must refuse them (never part of any path).
  { type: 'feedback.hardBounce', reason: 'quarantined' },
  { type: 'feedback.softBounce', reason: 'userUnknown' },
  { type: 'feedback.softBounce', reason: 'mailboxFull' },
  { type: 'retry.succeeded' },
  { type: 'retry.failed' },
  { type: 'feedback.asyncBounce', reason: 'userUnknown' },
  { type: 'feedback.complaint' },
  { type: 'clock.advanced', hours: 24 },
  { type: 'clock.advanced', hours: 84 },
  { type: 'clock.advanced', hours: 168 },
];

const events = everyEvent;

const reportingOf = (snapshot: AnyMachineSnapshot): ReportingMeta =>
  Object.values(snapshot.getMeta())[0] as ReportingMeta;

const input = { validitySettingHours: 120 };

/** One week (facts.md §1): after it, no asynchronous bounce arrives, so later hours are all alike. */
const WEEK = 168;

/**
 * A state is where the message is and, while the MTA still holds it (or a bounce email may still
 * come), how long it has been there. Later hours change nothing a reader sees; leaving them out keeps
 * the graph finite.
 */
const serializeState = (snapshot: AnyMachineSnapshot) => {
  const queued = snapshot.matches('awaitingDelivery') || snapshot.matches('retrying');
  const hours = snapshot.context.elapsedHours as number;
  const clock = queued ? hours : snapshot.matches('delivered') ? Math.min(hours, WEEK + 1) : null;
  return JSON.stringify([snapshot.value, clock, snapshot.context.failure, snapshot.context.complaint]);
};
const traversal = { events, input, serializeState, limit: 5_000 };

/**
 * The delivery-log status of each state, written from the sources' tables ("Delivery success
 * reporting" for v7, "Email Feedback Service" for v8), not read from the machines' meta.
 */
const v7Log: Record<MessageStateId, LogStatus> = {
  pending: 'pending',
  excluded: 'ignored',
  canceled: 'deliveryCanceled',
  awaitingDelivery: 'sent',
  retrying: 'sent',
  delivered: 'sent',
  failed: 'failed',
};
const v8Log: Record<MessageStateId, LogStatus> = {
  pending: 'pending',
  excluded: 'ignored',
  canceled: 'deliveryCanceled',
  awaitingDelivery: 'takenIntoAccount',
  retrying: 'takenIntoAccount',
  delivered: 'sent',
  failed: 'failed',
};

describe.each([
  ['Enhanced MTA reporting (v7)', 'enhancedMtaReporting', enhancedMtaReportingMachine, v7Log],
  ['Email Feedback Service (v8)', 'emailFeedbackService', emailFeedbackServiceMachine, v8Log],
] as const)('%s', (_, id, machine, expectedLog) => {
  const simplePaths = getSimplePaths(machine, traversal);

  it('reaches every state of the lifecycle', () => {
    const reached = new Set(getShortestPaths(machine, traversal).map((path) => String(path.state.value)));
    expect([...reached].sort()).toEqual(Object.keys(machine.root.states).sort());
  });

  it('takes every transition of the lifecycle', () => {
    const defined = new Set(
      Object.values(machine.root.states).flatMap((node) =>
        [...node.transitions.entries()].flatMap(([type, list]) => list.map((_t, i) => `${node.key}:${type}:${i}`)),
      ),
    );
    const taken = new Set<string>();
    for (const { state, transitions } of Object.values(getAdjacencyMap(machine, traversal))) {
      for (const { event } of Object.values(transitions) as { event: MessageEvent }[]) {
        for (const fired of machine.getTransitionData(state, event)) {
          const list = fired.source.transitions.get(event.type) ?? [];
          taken.add(`${fired.source.key}:${event.type}:${list.indexOf(fired)}`);
        }
      }
    }
    expect([...defined].filter((key) => !taken.has(key))).toEqual([]);
  });

  it('keeps "Failed" final: every way to reach it ends the replay, which then refuses every event', () => {
    // Every way to fail: hard bounce, retries running out, expiry, asynchronous bounce, spam complaint.
    const waysIn = new Set<string>();
    for (const { state: from, transitions } of Object.values(getAdjacencyMap(machine, traversal))) {
      if (from.matches('failed')) continue;
      for (const { event, state } of Object.values(transitions) as {
        event: MessageEvent;
        state: AnyMachineSnapshot;
      }[]) {
        if (state.matches('failed')) waysIn.add(event.type);
      }
    }
    expect(waysIn).toEqual(
      new Set(['feedback.hardBounce', 'retry.failed', 'clock.advanced', 'feedback.asyncBounce', 'feedback.complaint']),
    );
    const toFailed = getShortestPaths(machine, traversal).filter((path) => path.state.matches('failed'));
    for (const path of toFailed) {
      // The first step is xstate's own init event, which no reader sends.
      const events = path.steps.map((step) => step.event).filter((event) => (event.type as string) !== 'xstate.init');
      const last = replay(id, events, input).steps.at(-1)!;
      expect(last).toMatchObject({ logStatus: 'failed', done: true, accepts: [] });
      // Events whose reason fits them: the others are refused as invalid payloads in any state.
      for (const event of everyEvent.filter((e) => !('reason' in e) || reasonsFor(e.type).includes(e.reason))) {
        const after = replay(id, [...events, event], input);
        expect(after.ok).toBe(false);
        expect(!after.ok && after.error).toMatchObject({
          code: 'eventNotAccepted',
          index: events.length,
          eventType: event.type,
        });
      }
    }
  });

  it('counts a message toward Success % only while its log shows "Sent"', () => {
    for (const path of simplePaths) {
      for (const { state } of path.steps) {
        const reporting = reportingOf(state);
        if (reporting.success === 'counted') expect(reporting.logStatus).toBe('sent');
        if (reporting.logStatus === 'failed') expect(reporting.success).toBe('notCounted');
      }
    }
  });

  it("never keeps a message in retry past its effective validity (3.5 days for a 5-day setting, not SparkPost's 72 h: C11)", () => {
    for (const path of simplePaths) {
      for (const { state } of path.steps) {
        expect(state.context.validityHours).toBe(84);
        if (state.matches('retrying')) expect(state.context.elapsedHours).toBeLessThan(84);
      }
    }
  });

  it('passes createTestModel over its shortest paths, checking the log status of each state', async () => {
    const model = createTestModel(machine, traversal);
    const checked = new Set<string>();
    for (const path of model.getShortestPaths()) {
      await path.test({
        states: {
          '*': (state) => {
            const stateId = state.value as MessageStateId;
            expect(reportingOf(state).logStatus, stateId).toBe(expectedLog[stateId]);
            checked.add(stateId);
          },
        },
      });
    }
    expect([...checked].sort()).toEqual(Object.keys(expectedLog).sort());
  });
});

describe('Email Feedback Service', () => {
  it('counts nothing toward Success % before the message is delivered', () => {
    for (const path of getSimplePaths(emailFeedbackServiceMachine, traversal)) {
      for (const { state } of path.steps) {
        if (!state.matches('delivered')) expect(reportingOf(state).success).not.toBe('counted');
      }
    }
  });
});

/**
 * Model-based tests of the two message machines with xstate's graph utilities: every state and every
 * transition is reached, and the reader-visible invariants hold at every step of every simple path.
 */
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { createTestModel, getAdjacencyMap, getShortestPaths, getSimplePaths } from 'xstate/graph';
import { emailFeedbackServiceMachine, enhancedMtaReportingMachine, type ReportingMeta } from '~/spec/index.ts';
import type { MessageEvent } from '~/spec/messageLifecycle.ts';

const everyEvent: MessageEvent[] = [
  { type: 'mta.accepted' },
  { type: 'mta.delivered' },
  { type: 'feedback.hardBounce', reason: 'userUnknown' },
  { type: 'feedback.softBounce', reason: 'mailboxFull' },
  { type: 'retry.succeeded' },
  { type: 'retry.failed' },
  { type: 'feedback.asyncBounce', reason: 'userUnknown' },
  { type: 'clock.advanced', hours: 24 },
  { type: 'clock.advanced', hours: 84 },
];

const events = everyEvent;

const reportingOf = (snapshot: AnyMachineSnapshot): ReportingMeta =>
  Object.values(snapshot.getMeta())[0] as ReportingMeta;

const input = { validitySettingHours: 120 };

/**
 * A state is where the message is and, while the MTA still holds it, how long it has been there. The
 * attempt count, and time after delivery, are left out: they change nothing a reader sees, and
 * leaving them out keeps the graph finite.
 */
const serializeState = (snapshot: AnyMachineSnapshot) => {
  const queued = snapshot.matches('awaitingDelivery') || snapshot.matches('retrying');
  return JSON.stringify([snapshot.value, queued ? snapshot.context.elapsedHours : null, snapshot.context.failure]);
};
const traversal = { events, input, serializeState, limit: 5_000 };

describe.each([
  ['Enhanced MTA reporting (v7)', enhancedMtaReportingMachine],
  ['Email Feedback Service (v8)', emailFeedbackServiceMachine],
])('%s', (_, machine) => {
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

  it('keeps "Failed" final: no path leaves it', () => {
    for (const path of simplePaths) {
      const firstFailed = path.steps.findIndex((step) => step.state.matches('failed'));
      if (firstFailed >= 0) expect(path.steps.length - 1).toBe(firstFailed);
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

  it('never keeps a message in retry past its effective validity (3.5 days for a 5-day setting)', () => {
    for (const path of simplePaths) {
      for (const { state } of path.steps) {
        expect(state.context.validityHours).toBe(84);
        if (state.matches('retrying')) expect(state.context.elapsedHours).toBeLessThan(84);
      }
    }
  });

  it('passes createTestModel over its shortest paths, checking the log status of each state', async () => {
    const model = createTestModel(machine, traversal);
    const seen: string[] = [];
    for (const path of model.getShortestPaths()) {
      await path.test({
        states: {
          '*': (state) => {
            seen.push(reportingOf(state).logStatus);
          },
        },
      });
    }
    expect(new Set(seen).has('failed')).toBe(true);
  });
});

describe('Email Feedback Service', () => {
  it('counts nothing toward Success % before the message is delivered', () => {
    for (const path of getSimplePaths(emailFeedbackServiceMachine, traversal)) {
      for (const { state } of path.steps) {
        if (!state.matches('delivered')) expect(reportingOf(state).success).toBe('notCounted');
      }
    }
  });
});

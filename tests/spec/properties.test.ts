/** fast-check properties: validity arithmetic, and random event lists thrown at every machine. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  effectiveValidityHours,
  eventCatalogue,
  failureReasonIds,
  hoursLeft,
  isSettingIgnored,
  MTA_VALIDITY_CAP_HOURS,
  machineIds,
  machines,
  replay,
} from '~/spec/index.ts';

describe('validity arithmetic', () => {
  it('never exceeds 3.5 days and never exceeds the setting', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 10_000, noNaN: true }), (setting) => {
        const effective = effectiveValidityHours(setting);
        expect(effective).toBeLessThanOrEqual(MTA_VALIDITY_CAP_HOURS);
        expect(effective).toBeLessThanOrEqual(setting);
        expect(isSettingIgnored(setting)).toBe(setting > MTA_VALIDITY_CAP_HOURS);
      }),
    );
  });

  it('turns the 5-day default into 3.5 days, and keeps a 1-day setting', () => {
    expect(effectiveValidityHours(5 * 24)).toBe(84);
    expect(effectiveValidityHours(24)).toBe(24);
  });

  it('refuses settings that are not a positive number of hours', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => effectiveValidityHours(bad)).toThrow(RangeError);
  });

  it('counts the hours left down to zero, never below', () => {
    fc.assert(
      fc.property(fc.nat(84), fc.nat(1000), (validity, elapsed) => {
        const left = hoursLeft(validity, elapsed);
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left === 0).toBe(elapsed >= validity);
      }),
    );
  });
});

const reasonArb = fc.option(fc.constantFrom(...failureReasonIds), { nil: undefined });
const knownEvent = fc.oneof(
  ...Object.keys(eventCatalogue).map((type) => fc.constant({ type })),
  fc
    .record({
      type: fc.constantFrom('feedback.hardBounce', 'feedback.softBounce', 'retry.failed', 'feedback.asyncBounce'),
      reason: reasonArb,
    })
    .map(({ type, reason }) => (reason ? { type, reason } : { type })),
  fc.record({ type: fc.constant('clock.advanced'), hours: fc.integer({ min: 1, max: 200 }) }),
  fc.record({
    type: fc.constant('smtp.replied'),
    reply: fc.constantFrom('550 5.1.1 x', '452 4.2.2 full', '250 ok', '421 4.7.0 later', 'garbage'),
  }),
  fc.record({
    type: fc.constant('bounceMail.received'),
    rule: fc.constantFrom('Momen_Code10_InvalidRecipient', 'Momen_Code60_AutoReply', 'Momen_Code22_MailboxFull', 'x'),
  }),
);
const anyValue = fc.anything();

describe.each(machineIds)('random event lists through %s', (id) => {
  const stateNames = new Set(
    (function names(node: { path: string[]; states: Record<string, unknown> }): string[] {
      return Object.values(node.states).flatMap((child) => {
        const c = child as { path: string[]; states: Record<string, unknown> };
        return [c.path.join('.'), ...names(c)];
      });
    })(machines[id].machine.root as never),
  );

  it('never throws, and every step stays in a state of the machine', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(knownEvent, anyValue), { maxLength: 30 }), (events) => {
        const result = replay(id, events);
        for (const step of result.steps) for (const state of step.states) expect(stateNames.has(state)).toBe(true);
        if (!result.ok) expect(result.steps.length).toBeLessThanOrEqual(events.length);
      }),
      { numRuns: 300 },
    );
  });

  it('replays valid events up to the first refused one, and names it', () => {
    fc.assert(
      fc.property(fc.array(knownEvent, { maxLength: 20 }), (events) => {
        const result = replay(id, events);
        if (result.ok) expect(result.steps).toHaveLength(events.length + 1);
        else {
          expect(result.error.index).toBe(result.steps.length - 1);
          expect(['eventNotAccepted', 'invalidPayload']).toContain(result.error.code);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('message machines under random lists', () => {
  it.each(['enhancedMtaReporting', 'emailFeedbackService'])('%s: once "Failed", the log never changes again', (id) => {
    fc.assert(
      fc.property(fc.array(knownEvent, { maxLength: 25 }), (events) => {
        const { steps } = replay(id, events);
        const failedAt = steps.findIndex((step) => step.logStatus === 'failed');
        if (failedAt >= 0) expect(steps.slice(failedAt).every((step) => step.logStatus === 'failed')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

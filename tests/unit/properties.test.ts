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
  type SpecEvent,
  type SpecEventType,
  sampleEvent,
} from '~/machines/index.ts';

/** A property's case count, lowered only where a global setting asks for less (mutation testing). */
const runs = (n: number) => Math.min(n, fc.readConfigureGlobal().numRuns ?? n);

describe('validity arithmetic', () => {
  // The sources: the Enhanced MTA honours a delivery's validity only up to 3.5 days (84 hours).
  it.each([
    [120, 84, true],
    [96, 84, true],
    [84, 84, false],
    [48, 48, false],
  ])('a %i h setting gives %i h and is ignored: %s', (setting, effective, ignored) => {
    expect(effectiveValidityHours(setting)).toBe(effective);
    expect(isSettingIgnored(setting)).toBe(ignored);
  });

  it.each([
    [96, 84],
    [48, 48],
  ])(
    'a soft-bounced message under a %i h setting fails exactly %i h after reaching the MTA, not an hour sooner (time moves by Time passes steps: MC-simulated-time)',
    (setting, hours) => {
      const events = [
        { type: 'mta.accepted' },
        { type: 'feedback.softBounce', reason: 'mailboxFull' },
        { type: 'clock.advanced', hours: hours - 1 },
        { type: 'clock.advanced', hours: 1 },
      ];
      const result = replay('enhancedMtaReporting', events, { validitySettingHours: setting });
      expect(result.steps.map((step) => step.states[0])).toEqual([
        'pending',
        'awaitingDelivery',
        'retrying',
        'retrying',
        'failed',
      ]);
      expect(result.steps.at(-1)?.context['expired']).toBe(true);
    },
  );

  it('never exceeds 3.5 days nor the setting, grows with the setting, and applies either the setting or the cap', () => {
    const setting = fc.double({ min: 0.01, max: 10_000, noNaN: true });
    fc.assert(
      fc.property(setting, setting, (a, b) => {
        const effective = effectiveValidityHours(a);
        expect(effective).toBeLessThanOrEqual(MTA_VALIDITY_CAP_HOURS);
        expect(effective).toBeLessThanOrEqual(a);
        if (a <= b) expect(effective).toBeLessThanOrEqual(effectiveValidityHours(b));
        // An ignored setting means the cap applies; a kept one is applied as is.
        expect(effective).toBe(isSettingIgnored(a) ? MTA_VALIDITY_CAP_HOURS : a);
      }),
    );
  });

  it('turns the 5-day default into 3.5 days, and keeps a 1-day setting', () => {
    expect(effectiveValidityHours(5 * 24)).toBe(84);
    expect(effectiveValidityHours(24)).toBe(24);
  });

  it('refuses settings that are not a positive number of hours', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => effectiveValidityHours(bad)).toThrow(
        new RangeError(`A validity setting must be a positive number of hours, not ${bad}`),
      );
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
      { numRuns: runs(300) },
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
      { numRuns: runs(300) },
    );
  });
});

/** Events a message machine reacts to, each with a valid payload. */
const messageEvent = fc.oneof(
  fc.constantFrom(
    { type: 'mta.accepted' },
    { type: 'mta.delivered' },
    { type: 'retry.succeeded' },
    { type: 'feedback.hardBounce', reason: 'userUnknown' },
    { type: 'feedback.softBounce', reason: 'mailboxFull' },
    { type: 'retry.failed' },
    { type: 'feedback.asyncBounce', reason: 'userUnknown' },
    { type: 'feedback.complaint' },
  ),
  fc.record({ type: fc.constant('clock.advanced'), hours: fc.integer({ min: 1, max: 100 }) }),
);
/** Any event of the catalogue with a valid payload. */
const validEvent = fc.oneof(
  messageEvent,
  fc.constantFrom(...Object.keys(eventCatalogue)).map((type) => sampleEvent(type as SpecEventType)),
);
/**
 * From any state but Failed, one of these fails the message: relay then hard bounce, retries running
 * out, a late bounce, or a spam complaint (after the week in which bounce emails can arrive).
 */
const finishers = [
  { type: 'mta.accepted' },
  { type: 'feedback.hardBounce', reason: 'userUnknown' },
  { type: 'retry.failed' },
  { type: 'feedback.asyncBounce', reason: 'userUnknown' },
  { type: 'feedback.complaint' },
];

describe('message machines under random lists', () => {
  it.each(['enhancedMtaReporting', 'emailFeedbackService'])(
    '%s: once "Failed", the replay is done, accepts nothing, and refuses any further event',
    (id) => {
      fc.assert(
        fc.property(fc.array(messageEvent, { maxLength: 20 }), validEvent, (events, after) => {
          // Keep what the machine accepts, as a reader clicking through the playground would.
          const kept: SpecEvent[] = [];
          for (const event of [...events, ...finishers]) if (replay(id, [...kept, event]).ok) kept.push(event);
          const last = replay(id, kept).steps.at(-1)!;
          expect(last).toMatchObject({ logStatus: 'failed', done: true, accepts: [] });
          const result = replay(id, [...kept, after]);
          expect(result.ok).toBe(false);
          expect(!result.ok && result.error).toMatchObject({ code: 'eventNotAccepted', index: kept.length });
          expect(result.steps).toHaveLength(kept.length + 1);
        }),
        { numRuns: runs(200) },
      );
    },
  );
});

/** Links to a playground step: round trips, old links that must keep opening, and hostile input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLink, LINK_VERSION, MAX_LINK_LENGTH, openLink } from '~/links/link.ts';
import { MAX_REPLAY_EVENTS, machineIds, machines } from '~/machines/index.ts';
import corpus from './fixtures/link-corpus.json' with { type: 'json' };

function leafStates(node: { states: Record<string, unknown>; path: string[] }): string[] {
  return Object.values(node.states).flatMap((child) => {
    const c = child as { states: Record<string, unknown>; path: string[] };
    const nested = leafStates(c);
    return nested.length > 0 ? nested : [c.path.join('.')];
  });
}
const validStates = new Set(machineIds.flatMap((id) => leafStates(machines[id].machine.root as never)));

describe('links to a step', () => {
  it('open at the step they were made at, with the same status', () => {
    const link = {
      machine: 'emailFeedbackService' as const,
      events: [
        { type: 'mta.accepted' },
        { type: 'feedback.softBounce', reason: 'invalidDomain' },
        { type: 'retry.succeeded' },
      ],
      at: 2,
      input: { validitySettingHours: 48 },
    };
    const opened = openLink(buildLink(link));
    expect(opened.problem).toBeNull();
    expect(opened.link).toEqual(link);
    expect(opened.steps[opened.link!.at]?.logStatus).toBe('takenIntoAccount');
    expect(opened.steps.at(-1)?.context['validityHours']).toBe(48);
  });

  it('read well in a support answer: commas and tildes stay as they are', () => {
    expect(
      buildLink({
        machine: 'enhancedMtaReporting',
        events: [{ type: 'mta.accepted' }, { type: 'clock.advanced', hours: 84 }],
        at: 2,
        input: {},
      }),
    ).toBe(`?link=${LINK_VERSION}&machine=enhancedMtaReporting&steps=mta.accepted,clock.advanced~84`);
  });

  it('carry server replies with any characters through a round trip', () => {
    const roundTrip = (reply: string) => {
      const opened = openLink(
        buildLink({ machine: 'bounceQualification', events: [{ type: 'smtp.replied', reply }], at: 1, input: {} }),
      );
      expect(opened.problem).toBeNull();
      expect(opened.link?.events[0]).toEqual({ type: 'smtp.replied', reply });
    };
    // The link's own separators and escapes, inside a reply.
    for (const text of ['a~b', '~', 'x,y', '50% & more', '%7E', '#frag', '+plus', 'é 中 🙂'])
      roundTrip(`550 5.1.1 ${text}`);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), (text) =>
        roundTrip(`550 5.1.1 ${text}`),
      ),
    );
  });

  describe.each(corpus.links)('made by version $version: $why', ({ url, state, logStatus }) => {
    it(`still opens at "${state}"`, () => {
      const opened = openLink(url);
      expect(opened.problem).toBeNull();
      const shown = opened.steps[opened.link!.at]!;
      expect(shown.states.join('+')).toBe(state);
      expect(shown.logStatus).toBe(logStatus);
    });
  });
});

describe('links that cannot be replayed', () => {
  it.each([
    ['an unknown machine', '?link=1&machine=toaster', 'unknownMachine', 0],
    ['a future format', '?link=99&machine=delivery', 'unsupportedVersion', 0],
    ['an unknown event', '?link=1&machine=delivery&steps=analysis.started,delivery.exploded', 'unknownEvent', 2],
    [
      'an event not accepted at that step',
      '?link=1&machine=enhancedMtaReporting&steps=mta.accepted,retry.succeeded',
      'eventNotAccepted',
      2,
    ],
    [
      'a script in a step',
      '?link=1&machine=enhancedMtaReporting&steps=%3Cscript%3Ealert(1)%3C/script%3E',
      'unknownEvent',
      1,
    ],
    [
      'an image with onerror as a reason',
      '?link=1&machine=enhancedMtaReporting&steps=mta.accepted,feedback.hardBounce~%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      'invalidPayload',
      2,
    ],
    ['a bad validity', '?link=1&machine=enhancedMtaReporting&steps=mta.accepted&validity=-5', 'invalidInput', 1],
    [
      '10,000 events',
      `?link=1&machine=upgrade&steps=${Array(10_000).fill('api.called').join(',')}`,
      'malformedSteps',
      0,
    ],
    ['a broken escape', '?link=1&machine=bounceQualification&steps=smtp.replied~%E0%A4%A', 'malformedSteps', 1],
  ])('%s: names the problem and stops at the last step that holds', (_, url, code, steps) => {
    const opened = openLink(url);
    expect(opened.problem?.code).toBe(code);
    expect(opened.steps.length).toBe(steps);
  });

  it('never throws, and never yields a state outside the machine, whatever the string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.webQueryParameters().map((q) => `?${q}`),
          fc
            .array(
              fc.constantFrom(
                'mta.accepted',
                'mta.delivered',
                'feedback.softBounce~mailboxFull',
                'retry.succeeded',
                'clock.advanced~24',
                'x~y~z',
                '%',
                '',
              ),
              { maxLength: 40 },
            )
            .map((steps) => `?link=1&machine=emailFeedbackService&steps=${steps.join(',')}&at=${steps.length}`),
        ),
        (search) => {
          const opened = openLink(search);
          for (const step of opened.steps) for (const state of step.states) expect(validStates.has(state)).toBe(true);
          if (opened.link) expect(opened.link.at).toBeLessThan(Math.max(1, opened.steps.length));
        },
      ),
      // Bounded work, not a longer clock: 100 generated links of up to 40 steps each.
      { numRuns: 100 },
    );
  });

  it('huge unicode input: a typed problem or a result, states inside the machine, long queries refused unread', () => {
    const problemCodes = new Set([
      'unsupportedVersion',
      'malformedSteps',
      'unknownMachine',
      'invalidInput',
      'unknownEvent',
      'invalidPayload',
      'eventNotAccepted',
    ]);
    // A retrying message accepts soft bounces and clock ticks again and again: about half the queries
    // replay over 100 steps, a fifth are longer than any link, and the unicode tail ends each replay.
    const longLife = fc.tuple(
      fc.array(fc.constantFrom('feedback.softBounce~mailboxFull', 'clock.advanced~1'), { maxLength: 400, size: 'max' }),
      fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }).map(encodeURIComponent), { maxLength: 20 }),
    );
    fc.assert(
      fc.property(longLife, fc.string({ unit: 'grapheme', maxLength: 20 }), ([loop, junk], at) => {
        const tokens = ['mta.accepted', 'feedback.softBounce~mailboxFull', ...loop, ...junk];
        const search = `?link=1&machine=enhancedMtaReporting&steps=${tokens.join(',')}&at=${encodeURIComponent(at)}`;
        const opened = openLink(search);
        expect(opened.steps.length).toBeLessThanOrEqual(Math.min(tokens.length, MAX_REPLAY_EVENTS) + 1);
        if (opened.problem) expect(problemCodes).toContain(opened.problem.code);
        for (const step of opened.steps) for (const state of step.states) expect(validStates.has(state)).toBe(true);
        if (search.length > MAX_LINK_LENGTH) {
          expect(opened.steps).toHaveLength(0); // refused before it is parsed
        } else {
          // Every event before the tail holds until the 3.5-day cap fails the message.
          expect(opened.steps.length).toBeGreaterThan(Math.min(loop.length, 84));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('refuses an oversized query at once', () => {
    const opened = openLink(`?machine=delivery&steps=${'a'.repeat(MAX_LINK_LENGTH)}`);
    expect(opened.problem?.code).toBe('malformedSteps');
    expect(opened.steps).toHaveLength(0);
  });
});

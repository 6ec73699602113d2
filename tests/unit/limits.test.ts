/**
 * Limits a link cannot push past: the simulation's cost, the length of a playground's history, and
 * what free text from a link can look like on the page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { isAtStepLimit, playgroundMachine } from '~/components/playground/playgroundMachine.ts';
import type { CampaignLabels } from '~/i18n/campaignLabels.ts';
import { buildLink, openLink } from '~/links/link.ts';
import { MAX_REPLAY_EVENTS, type SpecEvent } from '~/machines/index.ts';
import {
  compiledEditions,
  compiledSettingsCount,
  defaultInputs,
  MAX_COMPILED_SETTINGS,
  MAX_MESSAGES,
  retryWindowHours,
  STEP_BUDGET,
  sanitizeInputs,
  simulate,
  stepsPerMessage,
} from '~/simulation/simulate.ts';
import { eventLabel, eventText, MAX_SHOWN_TEXT, shownText, textFormats } from '~/views/step.ts';

/** The inputs of the shared link that stalled the page for 17 s. */
const stallingLink = {
  messages: 1_000_000,
  hardBounceRate: 0,
  softBounceRate: 1,
  retrySuccessRate: 0,
  meanDeliveryHours: 0.1,
  meanRetryHours: 0.1,
  validityDays: 30,
};

describe('the simulation’s cost', () => {
  it('runs the stalling link within the step budget, on fewer messages, and says how many it was asked for', () => {
    const result = simulate(stallingLink);
    expect(result.steps).toBeLessThanOrEqual(STEP_BUDGET);
    expect(result.limited).toMatchObject({ requested: 1_000_000, reason: 'stepBudget' });
    expect(result.inputs.messages).toBeLessThan(1_000_000);
    expect(result.inputs.messages).toBeGreaterThan(10_000);
    // Every soft bounce that never recovers fails once the 3.5-day cap runs out, whatever the population.
    expect(result.editions.enhancedMtaReporting.success[100]).toBe(0);
  }, 30_000);

  it('says so when more messages are asked for than the page simulates, rather than clamping silently', () => {
    // Hard bounces only: each life is short, so the run is cheap even at the maximum size.
    const result = simulate({ messages: '25000000', hardBounceRate: 1, softBounceRate: 0 });
    expect(result.inputs.messages).toBe(MAX_MESSAGES);
    expect(result.limited).toMatchObject({ requested: 25_000_000, reason: 'maxMessages' });
    expect(simulate({ ...stallingLink, messages: 5e7 }).limited).toMatchObject({
      requested: 50_000_000,
      reason: 'stepBudget',
    });
    expect(simulate({ messages: 500 }).limited).toBeNull();
  }, 60_000);

  it('fits a 10,000,000-message delivery at the default rates in the budget (a large newsletter)', () => {
    expect(MAX_MESSAGES).toBe(10_000_000);
    const inputs = sanitizeInputs({ ...defaultInputs, messages: MAX_MESSAGES });
    const window = retryWindowHours(compiledEditions(inputs.validityDays * 24));
    expect(stepsPerMessage(inputs, window) * inputs.messages).toBeLessThanOrEqual(STEP_BUDGET);
  });

  it('estimates the steps a population takes from its inputs, so that no input outgrows the budget', () => {
    fc.assert(
      fc.property(
        fc.record({
          hardBounceRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
          softBounceRate: fc.double({ min: 0, max: 1, noNaN: true }),
          retrySuccessRate: fc.double({ min: 0, max: 1, noNaN: true }),
          meanDeliveryHours: fc.double({ min: 0.1, max: 48, noNaN: true }),
          meanRetryHours: fc.double({ min: 0.1, max: 48, noNaN: true }),
          validityDays: fc.constantFrom(0.5, 1, 3.5, 5, 30),
          seed: fc.nat(),
        }),
        (rates) => {
          const messages = 2_000;
          const result = simulate({ ...rates, messages });
          const window = retryWindowHours(compiledEditions(result.inputs.validityDays * 24));
          const estimate = stepsPerMessage(result.inputs, window) * messages;
          // Short lives are replayed once per kind (outcome and hours): a few thousand steps, whatever the size.
          expect(result.steps, JSON.stringify(result.inputs)).toBeLessThanOrEqual(1.2 * estimate + 50_000);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps compiled tables for a few validity settings only, however many a caller tries', () => {
    for (let i = 0; i <= MAX_COMPILED_SETTINGS + 2; i++) simulate({ messages: 1, validityDays: 1 + i * 0.25 });
    expect(compiledSettingsCount()).toBe(MAX_COMPILED_SETTINGS);
  }, 30_000);

  it('reports its progress as it goes, from 0 toward 1', () => {
    const seen: number[] = [];
    simulate({ messages: 5_000 }, { onProgress: (done) => seen.push(done) });
    expect(seen.length).toBeGreaterThan(10);
    expect(seen[0]).toBe(0);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.every((done) => done >= 0 && done < 1)).toBe(true);
  });
});

describe('the one limit on steps', () => {
  const upgradeSteps = (n: number): SpecEvent[] => [
    { type: 'upgrade.started' },
    ...Array.from({ length: n - 1 }, () => ({ type: 'api.called' })),
  ];

  it('a playground at the limit takes no further step, and the link it writes reopens at the same step', () => {
    const events = upgradeSteps(MAX_REPLAY_EVENTS);
    const actor = createActor(playgroundMachine, { input: { events, cursor: events.length, input: {} } }).start();
    expect(isAtStepLimit(actor.getSnapshot().context.cursor)).toBe(true);
    actor.send({ type: 'step.taken', event: { type: 'api.called' } });
    const { context } = actor.getSnapshot();
    expect(context.events).toHaveLength(MAX_REPLAY_EVENTS);
    const reopened = openLink(buildLink({ machine: 'upgrade', events: context.events, at: context.cursor, input: {} }));
    expect(reopened.problem).toBeNull();
    expect(reopened.steps).toHaveLength(MAX_REPLAY_EVENTS + 1);
  });

  it('one step below the limit, a playground takes the last step a link can carry', () => {
    const events = upgradeSteps(MAX_REPLAY_EVENTS - 1);
    const actor = createActor(playgroundMachine, { input: { events, cursor: events.length, input: {} } }).start();
    expect(isAtStepLimit(actor.getSnapshot().context.cursor)).toBe(false);
    actor.send({ type: 'step.taken', event: { type: 'api.called' } });
    expect(actor.getSnapshot().context.events).toHaveLength(MAX_REPLAY_EVENTS);
  });

  it('a link with more steps than the limit opens at the limit and says it was cut', () => {
    const events = upgradeSteps(MAX_REPLAY_EVENTS + 1);
    const search = `?link=1&machine=upgrade&steps=${events.map((e) => e.type).join(',')}`;
    const opened = openLink(search);
    expect(opened.problem).toMatchObject({ code: 'malformedSteps' });
    expect(opened.link?.events).toHaveLength(MAX_REPLAY_EVENTS);
  });
});

describe('free text from a link', () => {
  const labels = { event: { 'smtp.replied': 'SMTP reply' }, failureReason: {} } as unknown as CampaignLabels;

  it('loses its bidirectional overrides and invisible characters: "gpj.exe" cannot read "exe.jpg"', () => {
    expect(shownText('invoice\u202Egpj.exe')).toBe('invoicegpj.exe');
    expect(shownText('a\u2066b\u2069c\u200Fd\u200Be')).toBe('abcde');
    expect(shownText('two\nlines\r\n')).toBe('two lines');
  });

  it('is cut to a short phrase, too short to pass for a notice in the site’s voice', () => {
    const notice = 'ADOBE NOTICE: your account is suspended, call +1 555 0100 now to restore delivery';
    const shown = shownText(notice);
    expect([...shown].length).toBeLessThanOrEqual(MAX_SHOWN_TEXT);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).not.toContain('555 0100');
  });

  it('is kept apart from the site’s words and quoted in plain-text labels', () => {
    const event = { type: 'smtp.replied', reply: '550 5.1.1 user unknown' };
    const formats = textFormats('en', '{{text}} ({{detail}})');
    expect(eventText(event, labels, formats)).toEqual({ name: 'SMTP reply', quote: '550 5.1.1 user unknown' });
    expect(eventLabel(event, labels, formats)).toBe('SMTP reply (“550 5.1.1 user unknown”)');
  });
});

describe('numbers shown to readers', () => {
  it('show hours to one decimal at most, with the unit in the page’s language', () => {
    const hours = (lang: string) => textFormats(lang, '{{text}} ({{detail}})').hours;
    expect(hours('en')(0.1 + 0.2)).toBe('0.3 hr');
    expect(hours('en')(5e-324)).toBe('0 hr');
    expect(hours('fr')(1.5)).toBe('1,5\u202fh');
  });
});

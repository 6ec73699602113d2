/** The Success % page's form and chart labels: what a reader types is run as typed, or refused. */
import { describe, expect, it } from 'vitest';
import { readField, type SimulationField, simulationFields } from '~/simulation/fields.ts';
import { timeTicks, validityLine } from '~/simulation/series.ts';
import { simulate } from '~/simulation/simulate.ts';

const field = (key: SimulationField['key']) => simulationFields.find((f) => f.key === key)!;

describe('a field of the Success % form', () => {
  it('refuses an empty field instead of running with a default', () => {
    expect(readField(field('messages'), '')).toEqual({ ok: false, problem: 'empty' });
    expect(readField(field('hardBounceRate'), '   ')).toEqual({ ok: false, problem: 'empty' });
  });

  it('refuses a negative number of messages instead of running one message', () => {
    expect(readField(field('messages'), '-5')).toEqual({ ok: false, problem: 'outOfRange' });
  });

  it('refuses more messages than the page can run instead of cutting them silently', () => {
    const messages = field('messages');
    expect(readField(messages, String(messages.max + 1))).toEqual({ ok: false, problem: 'outOfRange' });
    expect(readField(messages, '20000000')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(readField(messages, String(messages.max))).toEqual({ ok: true, value: messages.max });
  });

  it('refuses a rate above 100 % or below 0 %, and reads a percentage as a share', () => {
    expect(readField(field('softBounceRate'), '101')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(readField(field('softBounceRate'), '-1')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(readField(field('softBounceRate'), '12')).toEqual({ ok: true, value: 0.12 });
    expect(readField(field('softBounceRate'), '100')).toEqual({ ok: true, value: 1 });
  });

  it('refuses half a message and text that is not a number', () => {
    expect(readField(field('messages'), '1000.5')).toEqual({ ok: false, problem: 'notWhole' });
    expect(readField(field('seed'), 'abc')).toEqual({ ok: false, problem: 'notANumber' });
    expect(readField(field('validityDays'), 'Infinity')).toEqual({ ok: false, problem: 'notANumber' });
  });

  it('takes a validity of 2 days, and refuses none at all', () => {
    expect(readField(field('validityDays'), '2')).toEqual({ ok: true, value: 2 });
    expect(readField(field('validityDays'), '0')).toEqual({ ok: false, problem: 'outOfRange' });
  });
});

describe('the validity line on the Success % charts', () => {
  it('is the delivery’s own validity when it is shorter than 3.5 days (2 days: at 48 h, no cap)', () => {
    const line = validityLine(simulate({ messages: 100, validityDays: 2 }));
    expect(line).toEqual({ hour: 48, settingHours: 48, capped: false });
  });

  it('is the MTA’s 3.5-day cap (84 h) when the setting is 5 days', () => {
    const line = validityLine(simulate({ messages: 100, validityDays: 5 }));
    expect(line).toEqual({ hour: 84, settingHours: 120, capped: true });
  });

  it('marks the first hours on the time axis, the validity line and the end of the week', () => {
    const ticks = timeTicks(simulate({ messages: 100, validityDays: 2 }));
    expect(ticks.slice(0, 3)).toEqual([0, 1, 6]);
    expect(ticks).toContain(48);
    expect(ticks.at(-1)).toBe(7 * 24);
  });

  it('keeps the validity line, the end of the week and the first hour when a narrow axis has room for few ticks', () => {
    const ticks = timeTicks(simulate({ messages: 100, validityDays: 2 }), 0.15);
    expect(ticks).toEqual(expect.arrayContaining([1, 48, 7 * 24]));
    expect(ticks).not.toContain(24); // one day sits too close to the 2-day line
  });
});

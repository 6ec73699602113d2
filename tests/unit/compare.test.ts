/**
 * Compare mode says why the editions differ. Expected differences come from the sources' tables: with
 * Enhanced MTA reporting a relayed message is Sent and counted (seed classic-v7), with the Email
 * Feedback Service it is Taken into account and not counted until delivered (seeds v8; facts-extended
 * 1.12, 2.10), and the decisions C1/C2 (notes on the sources) are linked where they apply.
 */
import { describe, expect, it } from 'vitest';
import { replay, type SpecEvent } from '~/machines/index.ts';
import { compareRows } from '~/views/compare.ts';

const rowsFor = (events: SpecEvent[]) =>
  compareRows(replay('enhancedMtaReporting', events).steps, replay('emailFeedbackService', events).steps);

describe('compare mode', () => {
  it('at the relay: the statuses differ, with the decisions C1 and C2', () => {
    const [start, relay] = rowsFor([{ type: 'mta.accepted' }]);
    expect(start!.why).toBeNull();
    expect(relay!.why).toBe('status');
    expect(relay!.statusDiffers && relay!.effectDiffers).toBe(true);
    expect(relay!.decisions).toEqual(['C1', 'C2']);
  });

  it('at the delivery: the logs agree (Sent) but only the Email Feedback Service starts counting', () => {
    const rows = rowsFor([{ type: 'mta.accepted' }, { type: 'mta.delivered' }]);
    expect(rows[2]!.statusDiffers).toBe(false);
    expect(rows[2]!.why).toBe('countsOnDelivery');
  });

  it('at a hard bounce after the relay: both Failed, but only v7 loses a success', () => {
    const rows = rowsFor([{ type: 'mta.accepted' }, { type: 'feedback.hardBounce', reason: 'userUnknown' }]);
    expect(rows[2]!.statusDiffers).toBe(false);
    expect(rows[2]!.why).toBe('neverCounted');
  });

  it('at an exclusion both editions agree, and no reason is given', () => {
    const rows = rowsFor([{ type: 'preparation.excluded', reason: 'denylisted' }]);
    expect(rows[1]!.why).toBeNull();
    expect(rows[1]!.decisions).toEqual([]);
  });
});

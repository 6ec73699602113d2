/**
 * Compare mode's rows: the same events replayed through both reporting editions, and for each step
 * whether the delivery log or Success % differs and why, from the editions' reporting tables (the
 * states' `meta`) and the conflicts those tables decide.
 */
import type { ConflictId, StepView } from '~/machines/index.ts';

/** Why a row differs (UI keys `compare.why.*`). */
export type WhyKey = 'status' | 'countsOnDelivery' | 'neverCounted' | 'other';

export interface CompareRow {
  readonly index: number;
  readonly v7: StepView;
  readonly efs: StepView;
  readonly statusDiffers: boolean;
  readonly effectDiffers: boolean;
  readonly why: WhyKey | null;
  /** The conflicts between Adobe's pages that either edition's display takes a side on here. */
  readonly decisions: readonly ConflictId[];
}

function whyOf(v7: StepView, efs: StepView): WhyKey | null {
  if (v7.logStatus !== efs.logStatus) return 'status';
  if (v7.successEffect === efs.successEffect) return null;
  if (efs.successEffect === 'increases') return 'countsOnDelivery';
  if (v7.successEffect === 'decreases') return 'neverCounted';
  return 'other';
}

export function compareRows(v7Steps: readonly StepView[], efsSteps: readonly StepView[]): CompareRow[] {
  return v7Steps.flatMap((v7, i) => {
    const efs = efsSteps[i];
    if (!efs) return [];
    const why = whyOf(v7, efs);
    return [
      {
        index: v7.index,
        v7,
        efs,
        statusDiffers: v7.logStatus !== efs.logStatus,
        effectDiffers: v7.successEffect !== efs.successEffect,
        why,
        decisions: why ? [...new Set([...v7.decisions, ...efs.decisions])].sort() : [],
      },
    ];
  });
}

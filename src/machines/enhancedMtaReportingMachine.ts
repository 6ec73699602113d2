/**
 * Campaign Classic v7 without the Email Feedback Service: a message is *Sent* as soon as Campaign
 * relays it to the Enhanced MTA, and counts toward Success % at once. Only bounces move it afterwards,
 * so Success % starts at 100% and can only fall (seed classic-v7 "Delivery success reporting").
 */
import { createMessageMachine, type ReportingTable } from './messageLifecycle.ts';

export const enhancedMtaReporting: ReportingTable = {
  pending: { logStatus: 'pending', success: 'notCounted' },
  // facts-extended 1.2, 1.20: excluded at preparation, outside the rate.
  excluded: { logStatus: 'ignored', success: 'excluded' },
  // facts-extended 1.15: Pending logs of an expired delivery become Delivery canceled.
  canceled: { logStatus: 'deliveryCanceled', success: 'notCounted' },
  // Seed, facts-extended 1.13. Decision C2: Sent at relay, not "Taken into account" (1.8).
  awaitingDelivery: { logStatus: 'sent', success: 'counted', decisions: ['C2'] },
  // A soft bounce changes nothing a user sees: the log stays Sent while the MTA retries.
  retrying: { logStatus: 'sent', success: 'counted' },
  delivered: { logStatus: 'sent', success: 'counted' },
  failed: { logStatus: 'failed', success: 'notCounted' },
};

export const enhancedMtaReportingMachine = createMessageMachine('enhancedMtaReporting', enhancedMtaReporting);

/**
 * Campaign Classic v7 without the Email Feedback Service: a message is *Sent* as soon as Campaign
 * relays it to the Enhanced MTA, and counts toward Success % at once. Only bounces move it afterwards,
 * so Success % starts at 100% and can only fall until the validity period ends.
 */
import { createMessageMachine, type ReportingTable } from './messageLifecycle.ts';

export const enhancedMtaReporting: ReportingTable = {
  pending: { logStatus: 'pending', success: 'notCounted' },
  awaitingDelivery: { logStatus: 'sent', success: 'counted' },
  // A soft bounce changes nothing a user sees: the log stays Sent while the MTA retries.
  retrying: { logStatus: 'sent', success: 'counted' },
  delivered: { logStatus: 'sent', success: 'counted' },
  failed: { logStatus: 'failed', success: 'notCounted' },
};

export const enhancedMtaReportingMachine = createMessageMachine('enhancedMtaReporting', enhancedMtaReporting);

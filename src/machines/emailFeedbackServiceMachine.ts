/**
 * Campaign v8 with the Email Feedback Service: relaying to the MTA leaves the log at *Taken into
 * account by the service provider*, which does not count; only a real delivery makes it *Sent*. So
 * Success % starts at 0% and climbs as deliveries are reported (seeds v8 ko and zh-cn, "Email Feedback
 * Service"; facts-extended 1.12, 2.10).
 */
import { createMessageMachine, type ReportingTable } from './messageLifecycle.ts';

export const emailFeedbackServiceReporting: ReportingTable = {
  pending: { logStatus: 'pending', success: 'notCounted' },
  excluded: { logStatus: 'ignored', success: 'excluded' },
  canceled: { logStatus: 'deliveryCanceled', success: 'notCounted' },
  // Decision C1: not counted, as the EFS table says (2.10), although the report formula counts it (2.1).
  awaitingDelivery: { logStatus: 'takenIntoAccount', success: 'notCounted', decisions: ['C1'] },
  // facts-extended 1.12: a soft bounce only updates the error reason; the status stays where it was.
  retrying: { logStatus: 'takenIntoAccount', success: 'notCounted', decisions: ['C1'] },
  delivered: { logStatus: 'sent', success: 'counted' },
  // Decision C3 (shown by replay when the validity ran out): Taken into account → Failed.
  failed: { logStatus: 'failed', success: 'notCounted' },
};

export const emailFeedbackServiceMachine = createMessageMachine('emailFeedbackService', emailFeedbackServiceReporting);

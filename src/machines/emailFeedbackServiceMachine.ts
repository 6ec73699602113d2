/**
 * Campaign v8 with the Email Feedback Service: relaying to the MTA leaves the log at *Taken into
 * account by the service provider*, which does not count; only a real delivery makes it *Sent*. So
 * Success % starts at 0% and climbs as deliveries are reported.
 */
import { createMessageMachine, type ReportingTable } from './messageLifecycle.ts';

export const emailFeedbackServiceReporting: ReportingTable = {
  pending: { logStatus: 'pending', success: 'notCounted' },
  awaitingDelivery: { logStatus: 'takenIntoAccount', success: 'notCounted' },
  // A soft bounce only updates the error reason; the status stays where it was.
  retrying: { logStatus: 'takenIntoAccount', success: 'notCounted' },
  delivered: { logStatus: 'sent', success: 'counted' },
  // Decision (sources disagree): an expired message goes Taken into account → Failed, not Sent → Failed.
  failed: { logStatus: 'failed', success: 'notCounted' },
};

export const emailFeedbackServiceMachine = createMessageMachine('emailFeedbackService', emailFeedbackServiceReporting);

/**
 * The public entry of the specification (package `enhanced-mta-lifecycles`): re-exports only.
 */
export * from './addressMachine.ts';
export * from './bounceCodes.ts';
export * from './bounceQualificationMachine.ts';
export * from './deliveryMachine.ts';
export * from './emailFeedbackServiceMachine.ts';
export * from './enhancedMtaReportingMachine.ts';
export * from './events.ts';
export * from './failureReasons.ts';
export * from './indicators.ts';
export type {
  MessageContext,
  MessageEvent,
  MessageFailure,
  MessageInput,
  MessageStateId,
  ReportingTable,
} from './messageLifecycle.ts';
export * from './registry.ts';
export * from './replay.ts';
export * from './reporting.ts';
export * from './sourceNotes.ts';
export * from './upgradeMachine.ts';
export * from './validity.ts';

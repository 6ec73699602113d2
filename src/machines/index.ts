/**
 * The public entry of the specification (package `enhanced-mta-lifecycles`): re-exports only.
 */
export * from './bounceCodes.ts';
export * from './bounceQualificationMachine.ts';
export * from './deliveryMachine.ts';
export * from './emailFeedbackServiceMachine.ts';
export * from './enhancedMtaReportingMachine.ts';
export * from './events.ts';
export * from './failureReasons.ts';
export type { MessageContext, MessageEvent, MessageInput, MessageStateId } from './messageLifecycle.ts';
export * from './registry.ts';
export * from './replay.ts';
export * from './reporting.ts';
export * from './upgradeMachine.ts';
export * from './validity.ts';

/**
 * The registry: every machine of the specification by the id used in links, scenarios and the JSON
 * API, with the check its input must pass.
 */
import type { AnyStateMachine } from 'xstate';
import { addressMachine } from './addressMachine.ts';
import { bounceQualificationMachine } from './bounceQualificationMachine.ts';
import { deliveryMachine, MAX_WAVES } from './deliveryMachine.ts';
import { emailFeedbackServiceMachine, emailFeedbackServiceReporting } from './emailFeedbackServiceMachine.ts';
import { enhancedMtaReporting, enhancedMtaReportingMachine } from './enhancedMtaReportingMachine.ts';
import type { ReportingTable } from './messageLifecycle.ts';
import { upgradeMachine } from './upgradeMachine.ts';

export type InputCheck = (input: Readonly<Record<string, unknown>>) => string | null;

/** A validity setting in hours: from one hour (anything shorter is a slip, such as 1e-9) to a year. */
const validityHours = (value: unknown) =>
  value === undefined || (typeof value === 'number' && value >= 1 && value <= 24 * 365);

const checkMessageInput: InputCheck = (input) =>
  Object.keys(input).find((key) => key !== 'validitySettingHours') ??
  (validityHours(input['validitySettingHours']) ? null : 'validitySettingHours');

const checkNoInput: InputCheck = (input) => Object.keys(input)[0] ?? null;

const checkDeliveryInput: InputCheck = (input) => {
  const { waves } = input;
  const extra = Object.keys(input).find((key) => key !== 'waves');
  if (extra) return extra;
  return waves === undefined || (Number.isInteger(waves) && (waves as number) >= 1 && (waves as number) <= MAX_WAVES)
    ? null
    : 'waves';
};

const checkUpgradeInput: InputCheck = (input) => {
  const extra = Object.keys(input).find((key) => key !== 'hosting');
  if (extra) return extra;
  return [undefined, 'hosted', 'hybrid', 'onPremise'].includes(input['hosting'] as string) ? null : 'hosting';
};

/** Every machine of the specification, by the id used in links, scenarios and the JSON API. */
export const machines = {
  enhancedMtaReporting: { machine: enhancedMtaReportingMachine, checkInput: checkMessageInput },
  emailFeedbackService: { machine: emailFeedbackServiceMachine, checkInput: checkMessageInput },
  bounceQualification: { machine: bounceQualificationMachine, checkInput: checkNoInput },
  delivery: { machine: deliveryMachine, checkInput: checkDeliveryInput },
  upgrade: { machine: upgradeMachine, checkInput: checkUpgradeInput },
  address: { machine: addressMachine, checkInput: checkNoInput },
} as const satisfies Record<string, { machine: AnyStateMachine; checkInput: InputCheck }>;

export type MachineId = keyof typeof machines;
export const machineIds = Object.keys(machines) as MachineId[];

export function isMachineId(value: unknown): value is MachineId {
  return typeof value === 'string' && Object.hasOwn(machines, value);
}

/**
 * The two reporting editions of an email's delivery log: Campaign Classic v7 with Enhanced MTA
 * reporting, and Campaign v8 with the Email Feedback Service. Each is a message machine with its own
 * reporting table; everything that differs between them is read from here.
 */
export const editions = {
  enhancedMtaReporting: { reporting: enhancedMtaReporting },
  emailFeedbackService: { reporting: emailFeedbackServiceReporting },
} as const satisfies Record<string, { reporting: ReportingTable }>;

export type EditionId = keyof typeof editions;
export const editionIds = Object.keys(editions) as EditionId[];

export function isEditionId(value: unknown): value is EditionId {
  return typeof value === 'string' && Object.hasOwn(editions, value);
}

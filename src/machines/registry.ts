/**
 * The registry: every machine of the specification by the id used in links, scenarios and the JSON
 * API, with the check its input must pass.
 */
import type { AnyStateMachine } from 'xstate';
import { bounceQualificationMachine } from './bounceQualificationMachine.ts';
import { deliveryMachine, MAX_WAVES } from './deliveryMachine.ts';
import { emailFeedbackServiceMachine } from './emailFeedbackServiceMachine.ts';
import { enhancedMtaReportingMachine } from './enhancedMtaReportingMachine.ts';
import { upgradeMachine } from './upgradeMachine.ts';

export type InputCheck = (input: Readonly<Record<string, unknown>>) => string | null;

/** A validity setting in hours: from one hour (anything shorter is a slip, such as 1e-9) to a year. */
const validityHours = (value: unknown) =>
  value === undefined || (typeof value === 'number' && Number.isFinite(value) && value >= 1 && value <= 24 * 365);

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
} as const satisfies Record<string, { machine: AnyStateMachine; checkInput: InputCheck }>;

export type MachineId = keyof typeof machines;
export const machineIds = Object.keys(machines) as MachineId[];

export function isMachineId(value: unknown): value is MachineId {
  return typeof value === 'string' && Object.hasOwn(machines, value);
}

/**
 * Labels of the specification's vocabulary, per locale (content/labels/<locale>.yaml): Campaign's own
 * UI labels for statuses, failure types and reasons (as its interface shows them in that language,
 * where the sources give it), and the names of events and states. The schema is built from the spec's
 * own lists, so a label missing in any language fails the build.
 */
import { z } from 'astro/zod';
import {
  emailFeedbackServiceReporting,
  enhancedMtaReporting,
  eventCatalogue,
  failureReasonIds,
  type LogStatus,
  logStatuses,
  machineIds,
  machines,
  type ReportingTable,
  successEffects,
} from '../machines/index.ts';

/** The delivery-log statuses an edition's reporting table can show. */
const statusesShown = (table: ReportingTable): LogStatus[] => [
  ...new Set(Object.values(table).map((meta) => meta.logStatus)),
];

const record = (keys: readonly string[]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, z.string().min(1)]))).strict();

function statePaths(node: { states: Record<string, unknown> }, prefix: string[] = []): string[] {
  return Object.entries(node.states).flatMap(([key, child]) => {
    const path = [...prefix, key];
    const nested = statePaths(child as { states: Record<string, unknown> }, path);
    return nested.length > 0 ? nested : [path.join('.')];
  });
}

/** Paths of states with children (frames on a diagram, such as the delivery's "campaign" and "mta"). */
function containerPaths(node: { states: Record<string, unknown> }, prefix: string[] = []): string[] {
  return Object.entries(node.states).flatMap(([key, child]) => {
    const path = [...prefix, key];
    const nested = containerPaths(child as { states: Record<string, unknown> }, path);
    const hasChildren = Object.keys((child as { states: Record<string, unknown> }).states).length > 0;
    return hasChildren ? [path.join('.'), ...nested] : nested;
  });
}

export const allRegionPaths = [...new Set(machineIds.flatMap((id) => containerPaths(machines[id].machine.root)))];

/** Every leaf state path of every machine (they are unique across machines). */
export const allStatePaths = [...new Set(machineIds.flatMap((id) => statePaths(machines[id].machine.root)))];

export const deliveryStatuses = [
  'beingEdited',
  'analysing',
  'awaitingConfirmation',
  'startPending',
  'inProgress',
  'stopped',
  'finished',
] as const;

/**
 * Which labels a reader of this language sees in Campaign's console. `own`: the console exists in this
 * language and the console sections are its labels. `en`: it does not (facts-extended 8.1), so the reader
 * sees the English label, and the console sections hold the local term shown beside it by `withGloss`.
 */
const consoleSchema = z.discriminatedUnion('language', [
  z.object({ language: z.literal('own') }).strict(),
  z
    .object({
      language: z.literal('en'),
      withGloss: z.string().refine((pattern) => pattern.includes('{label}') && pattern.includes('{gloss}'), {
        message: 'withGloss must contain {label} and {gloss}',
      }),
    })
    .strict(),
]);

export const campaignLabelsSchema = z.object({
  console: consoleSchema,
  /** Campaign's "Success" KPI label in this language. */
  successKpi: z.string().min(1),
  logStatus: record(logStatuses),
  successEffect: record(successEffects),
  failureType: record(['hard', 'soft', 'ignored'] as const),
  failureReason: record(failureReasonIds),
  deliveryStatus: record(deliveryStatuses),
  machine: record(machineIds),
  event: record(Object.keys(eventCatalogue) as (keyof typeof eventCatalogue)[]),
  state: record(allStatePaths),
  /** Names of the frames around parts of a machine (its compound and parallel states). */
  region: record(allRegionPaths),
  /** What a delivery-log status means, per reporting model. */
  statusMeaning: z.object({
    enhancedMtaReporting: record(statusesShown(enhancedMtaReporting)),
    emailFeedbackService: record(statusesShown(emailFeedbackServiceReporting)),
  }),
  /** Adobe's other wordings of a console label in this language (facts-extended C8), for the glossary. */
  adobeVariants: z.record(z.string(), z.record(z.string(), z.array(z.string().min(1)))).optional(),
});

export type CampaignLabels = z.infer<typeof campaignLabelsSchema>;

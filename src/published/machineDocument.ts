/**
 * The machine definitions the site publishes as JSON at `/spec/v1/<machine>.json`, for tools outside
 * this repository. Version 1 is a promise: fields may be added, none renamed or removed.
 *
 * States and transitions come from `describeMachine`; a transition that neither moves nor acts is left
 * out, because replay refuses its event there (XState's `can` is false), so the document lists exactly
 * what replay accepts. Input and payload schemas are declared here with zod (JSON Schema from
 * `z.toJSONSchema`); tests/unit/machineDocument.test.ts checks they refuse what the registry and the
 * event catalogue refuse, and accept what they accept.
 */
import { z } from 'astro/zod';
import {
  CAMPAIGN_DEFAULT_VALIDITY_HOURS,
  describeMachine,
  eventCatalogue,
  type FailureReasonId,
  isKnownEventType,
  MAX_CLOCK_ADVANCE_HOURS,
  MAX_WAVES,
  type MachineId,
  machines,
  reasonsFor,
  type SpecEventType,
} from '../machines/index.ts';

export const DOCUMENT_VERSION = 1;

export const documentPath = (machine: MachineId) => `/spec/v${DOCUMENT_VERSION}/${machine}.json`;

const validitySettingHours = z
  .number()
  .min(1)
  .max(24 * 365)
  .default(CAMPAIGN_DEFAULT_VALIDITY_HOURS)
  .describe("Campaign's validity setting, in hours; the Enhanced MTA honours at most 3.5 days (84 hours).");

const messageInput = z.strictObject({ validitySettingHours });

/** What each machine's input may hold (all fields optional: `{}` takes the defaults). */
export const inputSchemas = {
  enhancedMtaReporting: messageInput,
  emailFeedbackService: messageInput,
  bounceQualification: z.strictObject({}),
  delivery: z.strictObject({
    waves: z.int().min(1).max(MAX_WAVES).default(1).describe('How many waves the delivery is sent in.'),
  }),
  upgrade: z.strictObject({
    hosting: z.enum(['hosted', 'hybrid', 'onPremise']).default('hosted').describe('Where the Campaign instance runs.'),
  }),
  address: z.strictObject({}),
} satisfies Record<MachineId, z.ZodType>;

const text = z.string().min(1).max(512);
/** The failure reasons an event may carry (the catalogue's), required unless the event makes it optional. */
const reasonSchema = (type: SpecEventType) => {
  const reasons = z.enum(reasonsFor(type) as [FailureReasonId, ...FailureReasonId[]]);
  const fields: Readonly<Record<string, (value: unknown) => boolean>> = eventCatalogue[type].fields;
  const optional = fields['reason']?.(undefined) === true;
  return (optional ? reasons.optional() : reasons).describe('Why the message failed (a failure reason id).');
};
const payloadFields = {
  hours: z.number().positive().max(MAX_CLOCK_ADVANCE_HOURS).describe('Hours that pass on the clock.'),
  reply: text.describe("The SMTP server's reply line."),
  rule: text.describe('The name of the bounce rule that matched the bounce mail.'),
};

/** Every event's payload: the catalogue's field names, each with its schema. */
export function payloadSchema(type: SpecEventType) {
  const fields = Object.keys(eventCatalogue[type].fields);
  return z.strictObject({
    type: z.literal(type),
    ...Object.fromEntries(
      fields.map((field) => [
        field,
        field === 'reason' ? reasonSchema(type) : payloadFields[field as keyof typeof payloadFields],
      ]),
    ),
  });
}

interface RawTransition {
  readonly eventType: string;
  readonly target?: readonly string[];
  readonly actions?: readonly (string | { readonly type?: string })[];
  readonly guard?: { readonly type?: string; readonly params?: unknown } | string;
}

interface RawStateNode {
  readonly id: string;
  readonly type: string;
  readonly initial?: { readonly target?: readonly string[] };
  readonly states?: Readonly<Record<string, RawStateNode>>;
  readonly transitions?: readonly RawTransition[];
  readonly meta?: Readonly<Record<string, unknown>>;
}

export interface TransitionDocument {
  readonly event: string;
  /** State ids (dotted paths from the machine's root); absent when the transition only acts. */
  readonly target?: readonly string[];
  readonly guard?: string;
  readonly guardParams?: unknown;
  readonly actions?: readonly string[];
}

export interface StateDocument {
  readonly type: string;
  readonly initial?: string;
  readonly meta?: Readonly<Record<string, unknown>>;
  readonly on: readonly TransitionDocument[];
  readonly states?: Readonly<Record<string, StateDocument>>;
}

function stateDocument(node: RawStateNode, rootId: string): StateDocument {
  const local = (id: string) => id.replace(`#${rootId}.`, '').replace(`${rootId}.`, '');
  const on = (node.transitions ?? [])
    .filter((transition) => (transition.target?.length ?? 0) > 0 || (transition.actions?.length ?? 0) > 0)
    .map((transition): TransitionDocument => {
      const guard = typeof transition.guard === 'string' ? { type: transition.guard } : transition.guard;
      const actions = (transition.actions ?? []).map((action) =>
        typeof action === 'string' ? action : (action.type ?? 'anonymous'),
      );
      return {
        event: transition.eventType,
        ...(transition.target?.length ? { target: transition.target.map(local) } : {}),
        ...(guard?.type ? { guard: guard.type } : {}),
        ...(guard?.params === undefined ? {} : { guardParams: guard.params }),
        ...(actions.length ? { actions } : {}),
      };
    });
  const children = Object.entries(node.states ?? {});
  const initial = node.initial?.target?.[0];
  return {
    type: node.type,
    ...(initial ? { initial: local(initial).split('.').at(-1)! } : {}),
    ...(node.meta ? { meta: node.meta } : {}),
    on,
    ...(children.length
      ? { states: Object.fromEntries(children.map(([key, child]) => [key, stateDocument(child, rootId)])) }
      : {}),
  };
}

/** The JSON document published for one machine. */
export function machineDocument(machine: MachineId) {
  const described = describeMachine(machine);
  if (!described.ok) throw new Error(described.error.message);
  const root = described.definition as RawStateNode;
  const eventTypes = machines[machine].machine.root.events.filter(isKnownEventType).sort();
  return {
    $id: documentPath(machine),
    version: DOCUMENT_VERSION,
    machine,
    input: z.toJSONSchema(inputSchemas[machine], { io: 'input' }),
    events: Object.fromEntries(
      eventTypes.map((type) => [type, z.toJSONSchema(payloadSchema(type), { io: 'input' })]),
    ) as Record<SpecEventType, unknown>,
    ...stateDocument(root, root.id),
  };
}

/**
 * Guarded arrows read as rules ("Validity runs out: 84 h") rather than as bare events ("Time passes").
 * Shared by the build (layout) and the playground island, which re-reads the validity rule with the
 * validity of the message on screen (a 2-day setting runs out at 48 h, not 84 h).
 */
import { fill } from '../i18n/fill.ts';
import {
  ASYNC_BOUNCE_WINDOW_HOURS,
  HOURS_PER_DAY,
  MONITORING_HOURS,
  MTA_VALIDITY_CAP_HOURS,
  QUARANTINE_THRESHOLD,
} from '../machines/index.ts';

/** UI key of each guard read as a rule; other guards keep their event's label. */
const ruleKeys: Readonly<Record<string, string>> = {
  validityRunsOut: 'diagram.rule.validityRunsOut',
  asyncBounceFits: 'diagram.rule.asyncBounceFits',
  monitoringEnds: 'diagram.rule.monitoringEnds',
  reachesThreshold: 'diagram.rule.reachesThreshold',
};

export interface RuleContext {
  readonly text: (key: string) => string | undefined;
  readonly event: (type: string) => string;
  readonly hours: (hours: number) => string;
  readonly days: (days: number) => string;
  /** The validity of the message shown (the cap, 84 h, on a static diagram). */
  readonly validityHours?: number;
}

export function ruleLabel(guard: string, event: string, context: RuleContext): string | undefined {
  const key = ruleKeys[guard];
  const template = key ? context.text(key) : undefined;
  if (!template) return undefined;
  return fill(template, {
    event: context.event(event),
    validity: context.hours(context.validityHours ?? MTA_VALIDITY_CAP_HOURS),
    window: context.days(ASYNC_BOUNCE_WINDOW_HOURS / HOURS_PER_DAY),
    hours: context.hours(MONITORING_HOURS),
    threshold: QUARANTINE_THRESHOLD,
  });
}

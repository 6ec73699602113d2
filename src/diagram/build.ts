/** Build-time: a machine's diagram model with a locale's labels (memoised per machine and locale). */
import type { CampaignLabels } from '../i18n/campaignLabels.ts';
import { type LocaleKey, langOf } from '../locales.ts';
import { type MachineId, machines } from '../machines/index.ts';
import { machineGraph } from './graph.ts';
import { type DiagramModel, layoutDiagram } from './layout.ts';
import { ruleLabel } from './rules.ts';

const cache = new Map<string, Promise<DiagramModel>>();

/**
 * `text` resolves the page's UI strings (Astro.locals.t): guarded arrows are read as rules in the
 * page's language.
 */
export function diagramFor(
  machine: MachineId,
  locale: string,
  labels: CampaignLabels,
  text: (key: string) => string | undefined,
): Promise<DiagramModel> {
  const key = `${machine}:${locale}`;
  let model = cache.get(key);
  if (!model) {
    const event = (type: string) => labels.event[type as keyof CampaignLabels['event']] ?? type;
    const unit = (unit: 'hour' | 'day') => (value: number) =>
      new Intl.NumberFormat(langOf(locale as LocaleKey), { style: 'unit', unit, maximumFractionDigits: 1 }).format(
        value,
      );
    model = layoutDiagram(machineGraph(machines[machine].machine), {
      state: (path) =>
        labels.state[path as keyof CampaignLabels['state']] ??
        labels.region[path as keyof CampaignLabels['region']] ??
        path,
      event,
      rule: (guard, type) => ruleLabel(guard, type, { text, event, hours: unit('hour'), days: unit('day') }),
    });
    cache.set(key, model);
  }
  return model;
}

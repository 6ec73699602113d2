/** Build-time: a machine's diagram model with a locale's labels (memoised per machine and locale). */
import type { CampaignLabels } from '../i18n/campaignLabels.ts';
import { type MachineId, machines } from '../machines/index.ts';
import { machineGraph } from './graph.ts';
import { type DiagramModel, layoutDiagram } from './layout.ts';

const cache = new Map<string, Promise<DiagramModel>>();

export function diagramFor(machine: MachineId, locale: string, labels: CampaignLabels): Promise<DiagramModel> {
  const key = `${machine}:${locale}`;
  let model = cache.get(key);
  if (!model) {
    model = layoutDiagram(machineGraph(machines[machine].machine), {
      state: (path) => labels.state[path as keyof CampaignLabels['state']] ?? path,
      event: (type) => labels.event[type as keyof CampaignLabels['event']] ?? type,
    });
    cache.set(key, model);
  }
  return model;
}

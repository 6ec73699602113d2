/**
 * Campaign's labels as a reader of each language sees them on screen: the console's own label where the
 * console exists in that language, otherwise the English label with the local term beside it, as the
 * locale's label file says ("Sent (Enviado)", "Sent（已发送）", "Sent(보냄)"). Every component renders
 * labels resolved here, so a table, the playground, the explainer, the simulation and the glossary agree.
 */
import type { CampaignLabels } from './campaignLabels.ts';

/** The sections whose labels the console shows (the rest are this site's own names and sentences). */
export const consoleSections = ['logStatus', 'failureType', 'failureReason', 'deliveryStatus'] as const;

/** One console label: the label itself, or the English label with the local term beside it. */
export function consoleLabel(console: CampaignLabels['console'], english: string, local: string): string {
  return console.language === 'own' ? local : console.withGloss.replace('{label}', english).replace('{gloss}', local);
}

/** A locale's label file, with every console label as the reader sees it; `typeset` finishes every string. */
export function labelsAsShown(
  own: CampaignLabels,
  english: CampaignLabels,
  typeset: (labels: CampaignLabels) => CampaignLabels = (labels) => labels,
): CampaignLabels {
  const shown = structuredClone(own);
  shown.successKpi = consoleLabel(own.console, english.successKpi, own.successKpi);
  for (const section of consoleSections) {
    const local = own[section] as Record<string, string>;
    const reference = english[section] as Record<string, string>;
    const target = shown[section] as Record<string, string>;
    for (const [key, term] of Object.entries(local)) {
      const label = reference[key];
      if (label === undefined) throw new Error(`No English console label for ${section}.${key}`);
      target[key] = consoleLabel(own.console, label, term);
    }
  }
  return typeset(shown);
}

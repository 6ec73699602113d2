/** Types shared by the playground islands and their Astro wrappers. */
import type { DiagramModel } from '~/diagram/layout.ts';
import type { CampaignLabels } from '~/i18n/campaignLabels.ts';
import type { UiKey } from '~/i18n/uiKeys.ts';
import type { MachineId, SpecEvent } from '~/machines/index.ts';

export type UiStrings = Readonly<Record<UiKey, string>>;

export interface ScenarioPreset {
  readonly id: string;
  readonly title: string;
  readonly events: readonly SpecEvent[];
  readonly input: Readonly<Record<string, unknown>>;
}

export interface PlaygroundProps {
  /** BCP 47 tag of the page, for Intl. */
  readonly lang: string;
  readonly machine: MachineId;
  readonly initial: { events: readonly SpecEvent[]; cursor: number; input: Readonly<Record<string, unknown>> };
  readonly labels: CampaignLabels;
  readonly ui: UiStrings;
  readonly diagram: DiagramModel;
  readonly scenarios: readonly ScenarioPreset[];
  /** Validity settings offered (hours), for the message machines. */
  readonly validityOptions?: readonly number[] | undefined;
  /** Update the address bar as the reader steps (off where several playgrounds share a page). */
  readonly syncUrl?: boolean | undefined;
  /** The notes-on-the-sources page in the reader's language, for links to decided conflicts. */
  readonly notesHref?: string | undefined;
  /** Each decided conflict's question, in the reader's language (link text to its note). */
  readonly decisionTitles?: Readonly<Record<string, string>> | undefined;
  /** On embeds: the full playground page, linked with the current step. */
  readonly fullPageHref?: string | undefined;
}

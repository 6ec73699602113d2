/**
 * The events taken so far, each a link to the playground at that step (open it in a new tab, or
 * click to move there); steps after the current one stay listed until the reader takes another path.
 */
import type { CampaignLabels } from '~/i18n/campaignLabels.ts';
import { buildLink } from '~/links/link.ts';
import type { MachineId, SpecEvent } from '~/machines/index.ts';
import { eventText, type TextFormats } from '~/views/step.ts';
import { EventName } from './EventName.tsx';

export interface HistoryListProps {
  readonly machine: MachineId;
  readonly events: readonly SpecEvent[];
  readonly cursor: number;
  readonly input: Readonly<Record<string, unknown>>;
  readonly labels: CampaignLabels;
  readonly formats: TextFormats;
  /** The label of step 0, before any event. */
  readonly initial: string;
  /** On embeds: the full playground page, which the links open. */
  readonly fullPageHref?: string | undefined;
  readonly onOpen: (cursor: number) => void;
}

export function HistoryList({
  machine,
  events,
  cursor,
  input,
  labels,
  formats,
  initial,
  fullPageHref,
  onOpen,
}: HistoryListProps) {
  return (
    <ol start={0} data-testid="history">
      {[null, ...events].map((event, i) => {
        const at = buildLink({ machine, events, at: i, input });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a history entry is its position
          <li key={i} className={i > cursor ? 'is-future' : undefined}>
            <a
              href={fullPageHref ? `${fullPageHref}${at}` : at}
              aria-current={cursor === i ? 'step' : undefined}
              onClick={(e) => {
                if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                onOpen(i);
              }}
            >
              {event ? <EventName text={eventText(event, labels, formats)} formats={formats} /> : initial}
            </a>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The events the current state accepts, one fieldset per event type and one button per choice (a
 * reason, a duration), labelled in Campaign's words. Shared by the playground and compare mode.
 */
import type { CampaignLabels } from '~/i18n/campaignLabels.ts';
import type { SpecEvent, SpecEventType } from '~/machines/index.ts';
import { choicesFor, choiceValue } from './view.ts';

export interface EventChoicesProps {
  readonly accepts: readonly SpecEventType[];
  readonly labels: CampaignLabels;
  readonly durations: { readonly hours: string; readonly days: string };
  readonly noEvents: string;
  /** Shown instead of the choices once the history holds as many steps as a link can carry. */
  readonly limitReached?: string | undefined;
  readonly onChoose: (event: SpecEvent) => void;
}

export function EventChoices({ accepts, labels, durations, noEvents, limitReached, onChoose }: EventChoicesProps) {
  if (limitReached) return <p data-testid="step-limit">{limitReached}</p>;
  if (accepts.length === 0) return <p>{noEvents}</p>;
  return accepts.map((type) => {
    const name = labels.event[type as keyof CampaignLabels['event']] ?? type;
    return (
      <fieldset key={type} className="playground__event">
        <legend>{name}</legend>
        {choicesFor(type, labels, durations).map((choice) => (
          <button
            key={JSON.stringify(choice.event)}
            type="button"
            data-event={type}
            data-value={choiceValue(choice.event)}
            onClick={() => onChoose(choice.event)}
          >
            {choice.detail || name}
          </button>
        ))}
      </fieldset>
    );
  });
}

/**
 * The events the current state accepts, one fieldset per event type and one button per choice (a
 * reason, a duration), labelled in Campaign's words. Shared by the playground and compare mode.
 */
import type { CampaignLabels } from '~/i18n/campaignLabels.ts';
import type { SpecEvent, SpecEventType } from '~/machines/index.ts';
import { choicesFor, choiceValue, type TextFormats } from '~/views/step.ts';

export interface EventChoicesProps {
  /** Every concrete event the current step accepts (the replayed step's `choices`). */
  readonly choices: readonly SpecEvent[];
  readonly labels: CampaignLabels;
  readonly formats: TextFormats;
  readonly noEvents: string;
  /** Shown instead of the choices once the history holds as many steps as a link can carry. */
  readonly limitReached?: string | undefined;
  readonly onChoose: (event: SpecEvent) => void;
}

export function EventChoices({ choices, labels, formats, noEvents, limitReached, onChoose }: EventChoicesProps) {
  if (limitReached) return <p data-testid="step-limit">{limitReached}</p>;
  const accepts = [...new Set(choices.map((event) => event.type as SpecEventType))];
  if (accepts.length === 0) return <p>{noEvents}</p>;
  return accepts.map((type) => {
    const name = labels.event[type as keyof CampaignLabels['event']] ?? type;
    return (
      <fieldset key={type} className="playground__event">
        <legend>{name}</legend>
        {choicesFor(type, choices, labels, formats).map((choice) => (
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

/**
 * Compare mode: the same events run through the Enhanced MTA reporting (v7) and the Email Feedback
 * Service (v8) machines, step by step, with every difference in status and Success % marked.
 */
import { useMachine } from '@xstate/react';
import { useId } from 'react';
import type { CampaignLabels } from '~/i18n/campaignLabels.ts';
import { MAX_REPLAY_EVENTS, replay, type StepView } from '~/machines/index.ts';
import { eventText, fill, textFormats } from '~/views/step.ts';
import { useHydrated } from '../useHydrated.ts';
import { EventChoices } from './EventChoices.tsx';
import { EventName } from './EventName.tsx';
import { isAtStepLimit, playgroundMachine } from './playgroundMachine.ts';
import type { UiStrings } from './types.ts';

export interface CompareProps {
  /** BCP 47 tag of the page, for Intl. */
  readonly lang: string;
  readonly labels: CampaignLabels;
  readonly ui: UiStrings;
}

const models = ['enhancedMtaReporting', 'emailFeedbackService'] as const;
const input = { validitySettingHours: 120 };

export default function CompareIsland({ lang, labels, ui }: CompareProps) {
  const ready = useHydrated();
  const [snapshot, send] = useMachine(playgroundMachine, { input: { events: [], cursor: 0, input } });
  const { events, cursor } = snapshot.context;
  const id = useId().replace(/:/g, '');
  const shown = events.slice(0, cursor);
  const [v7, efs] = models.map((machine) => replay(machine, shown, input).steps) as [StepView[], StepView[]];
  const current = v7.at(-1)!;
  const formats = textFormats(lang, ui['text.withDetail']);
  const cell = (step: StepView, other: StepView, field: 'logStatus' | 'successEffect') => {
    const value = step[field];
    const differs = value !== other[field];
    const text =
      field === 'logStatus'
        ? value
          ? labels.logStatus[value as 'sent']
          : '—'
        : value
          ? labels.successEffect[value as 'unchanged']
          : '—';
    return (
      <td className={differs ? 'differs' : undefined} data-differs={differs ? 'true' : undefined}>
        {field === 'logStatus' ? <span className={`status status--${value}`}>{text}</span> : text}
        {differs && <span className="diff-mark">{fill(ui['text.aside'], { detail: ui['compare.difference'] })}</span>}
      </td>
    );
  };
  return (
    <div className="playground compare" data-testid="compare" data-ready={ready}>
      <section aria-labelledby={`${id}-events`}>
        <h3 id={`${id}-events`}>{ui['playground.events']}</h3>
        <EventChoices
          choices={current.choices}
          labels={labels}
          formats={formats}
          noEvents={ui['playground.noEvents']}
          limitReached={isAtStepLimit(cursor) ? fill(ui['playground.stepLimit'], { n: MAX_REPLAY_EVENTS }) : undefined}
          onChoose={(event) => send({ type: 'step.taken', event })}
        />
        <div className="playground__toolbar">
          <button type="button" onClick={() => send({ type: 'history.back' })} disabled={cursor === 0}>
            ← {ui['playground.back']}
          </button>
          <button type="button" onClick={() => send({ type: 'history.reset' })} disabled={events.length === 0}>
            {ui['playground.reset']}
          </button>
        </div>
      </section>
      <section
        className="diagram-scroll"
        aria-label={ui['compare.title']}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe scrollable-region-focusable)
        tabIndex={0}
      >
        <table className="reporting-comparison" data-testid="compare-table">
          <caption>{ui['compare.title']}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{ui['playground.events']}</th>
              <th scope="col">
                {labels.machine.enhancedMtaReporting}: {ui['playground.status']}
              </th>
              <th scope="col">{ui['playground.success']}</th>
              <th scope="col">
                {labels.machine.emailFeedbackService}: {ui['playground.status']}
              </th>
              <th scope="col">{ui['playground.success']}</th>
            </tr>
          </thead>
          <tbody aria-live="polite">
            {v7.map((step, i) => {
              const other = efs[i]!;
              return (
                <tr key={step.index}>
                  <td>{step.index}</td>
                  <td>
                    {step.event ? (
                      <EventName text={eventText(step.event, labels, formats)} formats={formats} />
                    ) : (
                      ui['playground.initial']
                    )}
                  </td>
                  {cell(step, other, 'logStatus')}
                  {cell(step, other, 'successEffect')}
                  {cell(other, step, 'logStatus')}
                  {cell(other, step, 'successEffect')}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}

/**
 * Compare mode: the same events run through the Enhanced MTA reporting (v7) and the Email Feedback
 * Service (v8) machines, step by step. Every difference in status or Success % says why, from the two
 * editions' reporting tables, with the same step links, history and copy controls as a playground.
 */
import { useMachine } from '@xstate/react';
import { useId, useMemo, useRef, useState } from 'react';
import type { CampaignLabels } from '~/i18n/campaignLabels.ts';
import { buildLink } from '~/links/link.ts';
import { CAMPAIGN_DEFAULT_VALIDITY_HOURS, MAX_REPLAY_EVENTS, replay, type StepView } from '~/machines/index.ts';
import { composeAnswer, linkParagraph } from '~/views/answer.ts';
import { type CompareRow, compareRows } from '~/views/compare.ts';
import { eventText, fill, textFormats } from '~/views/step.ts';
import { StatusBadge } from '../status/StatusBadge.tsx';
import { useHydrated } from '../useHydrated.ts';
import { HistoryToolbar, ScenarioPicker } from './Controls.tsx';
import { EventChoices } from './EventChoices.tsx';
import { EventName } from './EventName.tsx';
import { isAtStepLimit, playgroundMachine } from './playgroundMachine.ts';
import type { ScenarioPreset, UiStrings } from './types.ts';
import { useClipboard } from './useClipboard.ts';
import { type StepOrigin, useKeepFocus } from './useKeepFocus.ts';
import { useLinkSync } from './useLinkSync.ts';

export interface CompareProps {
  /** BCP 47 tag of the page, for Intl. */
  readonly lang: string;
  readonly labels: CampaignLabels;
  readonly ui: UiStrings;
  readonly scenarios: readonly ScenarioPreset[];
  /** The notes-on-the-sources page in the reader's language. */
  readonly notesHref: string;
  readonly decisionTitles: Readonly<Record<string, string>>;
}

const editions = ['enhancedMtaReporting', 'emailFeedbackService'] as const;
/** Links from compare mode are written as the Email Feedback Service's: either edition's link opens here. */
const linkMachine = 'emailFeedbackService';
const defaultInput = { validitySettingHours: CAMPAIGN_DEFAULT_VALIDITY_HOURS };

export default function CompareIsland({ lang, labels, ui, scenarios, notesHref, decisionTitles }: CompareProps) {
  const ready = useHydrated();
  const [snapshot, send] = useMachine(playgroundMachine, { input: { events: [], cursor: 0, input: defaultInput } });
  const { events, cursor, input } = snapshot.context;
  const [touched, setTouched] = useState(false);
  const id = useId().replace(/:/g, '');
  const link = buildLink({ machine: linkMachine, events, at: cursor, input });
  const { problem, setProblem } = useLinkSync({
    machines: editions,
    link,
    touched,
    syncUrl: true,
    onLoad: (loaded) => send({ type: 'history.loaded', ...loaded }),
  });
  const clipboard = useClipboard(ui['playground.copied']);
  const [v7, efs] = useMemo(
    () => editions.map((machine) => replay(machine, events, input).steps) as [StepView[], StepView[]],
    [events, input],
  );
  const rows = useMemo(() => compareRows(v7, efs), [v7, efs]);
  const current = v7[Math.min(cursor, v7.length - 1)]!;
  const formats = useMemo(() => textFormats(lang, ui['text.withDetail']), [lang, ui]);

  const root = useRef<HTMLDivElement>(null);
  const markOrigin = useKeepFocus(root, `${cursor}:${events.length}`);
  const act = (event: Parameters<typeof send>[0], from: StepOrigin = 'other') => {
    markOrigin(from);
    setTouched(true);
    clipboard.clear();
    setProblem(null);
    send(event);
  };
  const absoluteLink = () => `${window.location.origin}${window.location.pathname}${link}`;
  const copyAnswer = () => {
    const answers = editions.map((machine, i) =>
      composeAnswer({ machine, path: [v7, efs][i]!.slice(0, cursor + 1), input, labels, ui, lang }),
    );
    const linked = linkParagraph(ui, absoluteLink());
    return clipboard.copy(
      [...answers.map((a) => a.text), linked.text].join('\n\n'),
      [...answers.map((a) => a.html), linked.html].join('\n'),
    );
  };

  const status = (step: StepView) =>
    step.logStatus ? <StatusBadge status={step.logStatus} label={labels.logStatus[step.logStatus]} /> : '—';
  const effect = (step: StepView) => (step.successEffect ? labels.successEffect[step.successEffect] : '—');
  const why = (row: CompareRow) =>
    row.why ? (
      <>
        <p>
          {fill(ui[`compare.why.${row.why}`], {
            sent: labels.logStatus.sent,
            taken: labels.logStatus.takenIntoAccount,
          })}
        </p>
        {row.decisions.length > 0 && (
          <p className="compare__decisions">
            {ui['compare.sources']}{' '}
            {row.decisions.map((decision, i) => (
              <span key={decision}>
                {i > 0 && ' · '}
                <a href={`${notesHref}#${decision.toLowerCase()}`}>
                  {fill(ui['text.labelled'], { label: decision, value: decisionTitles[decision] ?? '' })}
                </a>
              </span>
            ))}
          </p>
        )}
      </>
    ) : (
      ui['compare.same']
    );
  const v7Name = ui['compare.v7'];
  const efsName = ui['compare.efs'];
  const headers = {
    step: ui['compare.step'],
    event: ui['playground.history'],
    v7Status: fill(ui['text.labelled'], { label: v7Name, value: ui['playground.status'] }),
    v7Success: fill(ui['text.labelled'], { label: v7Name, value: ui['playground.success'] }),
    efsStatus: fill(ui['text.labelled'], { label: efsName, value: ui['playground.status'] }),
    efsSuccess: fill(ui['text.labelled'], { label: efsName, value: ui['playground.success'] }),
    why: ui['compare.why'],
  };

  return (
    <div className="playground compare" data-testid="compare" data-ready={ready} ref={root}>
      {problem && (
        <div className="playground__problem" role="alert" data-testid="link-problem">
          <p>{ui['link.error']}</p>
          <p>{fill(ui['link.stoppedAt'], { n: current.index })}</p>
        </div>
      )}
      <section className="playground__events" aria-labelledby={`${id}-events`}>
        <h3 id={`${id}-events`}>{ui['playground.events']}</h3>
        <EventChoices
          choices={current.choices}
          labels={labels}
          formats={formats}
          noEvents={ui['playground.noEvents']}
          limitReached={isAtStepLimit(cursor) ? fill(ui['playground.stepLimit'], { n: MAX_REPLAY_EVENTS }) : undefined}
          onChoose={(event) => act({ type: 'step.taken', event }, 'events')}
        />
        <HistoryToolbar ui={ui} cursor={cursor} length={events.length} onMove={(move) => act(move, 'toolbar')} />
      </section>
      <table className="compare__table" data-testid="compare-table">
        <caption>{ui['compare.title']}</caption>
        <thead>
          <tr>
            <th rowSpan={2} scope="col" data-column="step">
              {headers.step}
            </th>
            <th rowSpan={2} scope="col" data-column="event">
              {headers.event}
            </th>
            <th colSpan={2} scope="colgroup">
              {v7Name}
            </th>
            <th colSpan={2} scope="colgroup">
              {efsName}
            </th>
            <th rowSpan={2} scope="col" data-column="why">
              {headers.why}
            </th>
          </tr>
          <tr>
            <th scope="col" data-column="v7Status">
              {ui['playground.status']}
            </th>
            <th scope="col" data-column="v7Success">
              {ui['playground.success']}
            </th>
            <th scope="col" data-column="efsStatus">
              {ui['playground.status']}
            </th>
            <th scope="col" data-column="efsSuccess">
              {ui['playground.success']}
            </th>
          </tr>
        </thead>
        <tbody aria-live="polite">
          {rows.map((row) => {
            const at = buildLink({ machine: linkMachine, events, at: row.index, input });
            const cell = (key: keyof typeof headers, content: React.ReactNode, differs = false) => (
              <td
                data-column={key}
                data-label={headers[key]}
                className={differs ? 'differs' : undefined}
                data-differs={differs ? 'true' : undefined}
              >
                {content}
              </td>
            );
            return (
              <tr
                key={row.index}
                className={row.index > cursor ? 'is-future' : undefined}
                aria-current={row.index === cursor ? 'step' : undefined}
              >
                {cell(
                  'step',
                  <a
                    href={at}
                    aria-label={fill(ui['text.labelled'], { label: headers.step, value: String(row.index) })}
                    aria-current={row.index === cursor ? 'step' : undefined}
                    onClick={(e) => {
                      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
                      e.preventDefault();
                      act({ type: 'history.opened', cursor: row.index });
                    }}
                  >
                    {row.index}
                  </a>,
                )}
                {cell(
                  'event',
                  row.v7.event ? (
                    <EventName text={eventText(row.v7.event, labels, formats)} formats={formats} />
                  ) : (
                    ui['playground.initial']
                  ),
                )}
                {cell('v7Status', status(row.v7), row.statusDiffers)}
                {cell('v7Success', effect(row.v7), row.effectDiffers)}
                {cell('efsStatus', status(row.efs), row.statusDiffers)}
                {cell('efsSuccess', effect(row.efs), row.effectDiffers)}
                {cell('why', why(row))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <section className="playground__options">
        <ScenarioPicker
          id={id}
          ui={ui}
          scenarios={scenarios}
          onLoad={(scenario) =>
            act({
              type: 'history.loaded',
              events: scenario.events,
              cursor: scenario.events.length,
              input: { ...defaultInput, ...scenario.input },
            })
          }
        />
        <div className="playground__row">
          <button type="button" onClick={() => clipboard.copy(absoluteLink())} data-testid="copy-link">
            {ui['playground.copyLink']}
          </button>
          <button type="button" onClick={copyAnswer} data-testid="copy-answer">
            {ui['playground.copyAnswer']}
          </button>
          <output aria-live="polite" data-testid="copied">
            {clipboard.shown}
          </output>
        </div>
        <p className="compare__hint">{ui['compare.copyHint']}</p>
      </section>
    </div>
  );
}

/**
 * The playground island: a reader steps a machine of the specification through its events. All it
 * shows is replayed through the spec; its own state is the history of events (playgroundMachine).
 */
import { useMachine } from '@xstate/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { DiagramModel } from '~/diagram/layout.ts';
import type { CampaignLabels } from '~/i18n/campaignLabels.ts';
import type { UiKey } from '~/i18n/uiKeys.ts';
import { buildLink, hasLink, type LinkProblem, openLink } from '~/links/link.ts';
import {
  type FailureReasonId,
  hoursLeft,
  MAX_REPLAY_EVENTS,
  type MachineId,
  QUARANTINE_THRESHOLD,
  replay,
  type SpecEvent,
  type StepView,
} from '~/machines/index.ts';
import { DiagramSvg } from '../diagram/DiagramSvg.tsx';
import { useHydrated } from '../useHydrated.ts';
import { EventChoices } from './EventChoices.tsx';
import { EventName } from './EventName.tsx';
import { isAtStepLimit, playgroundMachine } from './playgroundMachine.ts';
import { eventText, fill, stateLabel, textFormats } from '~/views/step.ts';

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

function problemText(problem: LinkProblem, ui: UiStrings): string {
  const index = 'index' in problem && typeof problem.index === 'number' ? problem.index + 1 : 0;
  const key = `link.${problem.code}` as UiKey;
  return fill(ui[key] ?? ui['link.error'], { n: index });
}

type PolicyApi = { allowsFeature(feature: string): boolean };

/** Whether this document may write to the clipboard (Permissions Policy; frames need the host's allow). */
function clipboardAllowed(): boolean {
  // Chromium still names it featurePolicy; permissionsPolicy is the standard's name.
  const { permissionsPolicy, featurePolicy } = document as { permissionsPolicy?: PolicyApi; featurePolicy?: PolicyApi };
  const policy = permissionsPolicy ?? featurePolicy;
  return 'clipboard' in navigator && (policy?.allowsFeature('clipboard-write') ?? true);
}

export default function PlaygroundIsland(props: PlaygroundProps) {
  const ready = useHydrated();
  const { machine, labels, ui, scenarios, validityOptions } = props;
  const [snapshot, send] = useMachine(playgroundMachine, { input: props.initial });
  const { events, cursor, input } = snapshot.context;
  const [problem, setProblem] = useState<LinkProblem | null>(null);
  const [copied, setCopied] = useState('');
  const [scenarioId, setScenarioId] = useState(scenarios[0]?.id ?? '');
  const touched = useRef(false);
  const id = useId().replace(/:/g, '');

  // A link in the address bar for this machine opens the playground at its step.
  useEffect(() => {
    const search = window.location.search;
    if (!hasLink(search)) return;
    const opened = openLink(search);
    if (opened.link && opened.link.machine !== machine) return;
    if (opened.link) {
      send({ type: 'history.loaded', events: opened.link.events, cursor: opened.link.at, input: opened.link.input });
    }
    setProblem(opened.problem);
  }, [machine, send]);

  const steps: readonly StepView[] = useMemo(() => replay(machine, events, input).steps, [machine, events, input]);
  const current = steps[Math.min(cursor, steps.length - 1)]!;
  const link = buildLink({ machine, events, at: cursor, input });

  useEffect(() => {
    if (performance.getEntriesByName('playground:step', 'mark').length > 0) {
      performance.measure('playground:update', 'playground:step');
      performance.clearMarks('playground:step');
    }
    if (!touched.current || props.syncUrl === false) return;
    // replaceState costs Chromium about a frame: update the address bar once the step is painted
    // (a task queued from the next animation frame runs after that frame).
    let task = 0;
    const frame = requestAnimationFrame(() => {
      task = window.setTimeout(() => window.history.replaceState(null, '', link));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [link, props.syncUrl]);

  const act = (event: Parameters<typeof send>[0]) => {
    touched.current = true;
    setCopied('');
    setProblem(null);
    performance.mark('playground:step');
    send(event);
  };

  const status = current.logStatus ? labels.logStatus[current.logStatus] : null;
  const effect = current.successEffect ? labels.successEffect[current.successEffect] : null;
  const meaningTable = labels.statusMeaning[machine as 'enhancedMtaReporting'] as Record<string, string> | undefined;
  const meaning = current.logStatus && meaningTable ? (meaningTable[current.logStatus] ?? '') : '';
  const here = stateLabel(current, labels);
  const announcement = fill(ui['playground.announce'], {
    n: current.index,
    state: status ? fill(ui['text.pair'], { first: here, second: status }) : here,
  });
  const formats = textFormats(props.lang, ui['text.withDetail']);
  const validityHours = current.context['validityHours'];
  const elapsedHours = current.context['elapsedHours'];
  const leftBehind = current.context['leftBehind'];
  const errorCount = current.context['errorCount'];

  const copy = async (text: string) => {
    // In an iframe without allow="clipboard-write" the call would fail with a console error: skip it.
    const written =
      clipboardAllowed() &&
      (await navigator.clipboard.writeText(text).then(
        () => true,
        () => false,
      ));
    // No clipboard (permissions, iframe): show the text to copy by hand.
    setCopied(written ? ui['playground.copied'] : text);
  };
  const absoluteLink = () => `${window.location.origin}${window.location.pathname}${link}`;
  const answer = () =>
    status
      ? `${fill(ui['playground.answer'], { status, effect: effect ?? '', meaning })} ${absoluteLink()}`
      : `${fill(ui['playground.answerNoStatus'], { state: here })} ${absoluteLink()}`;

  return (
    <div className="playground" data-machine={machine} data-testid="playground" data-ready={ready}>
      {problem && (
        <div className="playground__problem" role="alert" data-testid="link-problem">
          <p>{ui['link.error']}</p>
          <p>{problemText(problem, ui)}</p>
          <p>{fill(ui['link.stoppedAt'], { n: current.index })}</p>
        </div>
      )}

      <div className="playground__diagram diagram-scroll">
        <DiagramSvg
          model={props.diagram}
          title={fill(ui['text.labelled'], { label: ui['diagram.title'], value: labels.machine[machine] ?? machine })}
          description={ui['diagram.description']}
          describeCurrent={(names) => fill(ui['diagram.current'], { state: formats.list(names) })}
          active={current.states}
          idPrefix={`pg-${id}`}
        />
      </div>

      <dl className="playground__status" data-testid="playground-status">
        <div>
          <dt>{ui['playground.state']}</dt>
          <dd data-testid="state">{here}</dd>
        </div>
        {status && (
          <div>
            <dt>{ui['playground.status']}</dt>
            <dd>
              <span
                className={`status status--${current.logStatus}`}
                data-testid="log-status"
                data-status={current.logStatus ?? ''}
              >
                {status}
              </span>
            </dd>
          </div>
        )}
        {current.success && (
          <div>
            <dt>{ui['playground.success']}</dt>
            <dd data-testid="success-effect" data-effect={current.successEffect ?? ''}>
              {effect ?? '—'}
            </dd>
          </div>
        )}
        {current.failure && (
          <div>
            <dt>{ui['playground.reason']}</dt>
            <dd data-testid="failure">
              {formats.withDetail(
                labels.failureReason[current.failure.reason] ?? current.failure.reason,
                labels.failureType[current.failure.type] ?? current.failure.type,
              )}
            </dd>
          </div>
        )}
        {!current.failure && current.context['expired'] === true && (
          <div>
            <dt>{ui['playground.reason']}</dt>
            <dd data-testid="failure">{ui['playground.reasonNotStated']}</dd>
          </div>
        )}
        {(leftBehind === 'pending' || leftBehind === 'canceled') && (
          <div>
            <dt>{ui['playground.leftBehind']}</dt>
            <dd data-testid="left-behind" data-status={leftBehind}>
              {labels.logStatus[leftBehind === 'pending' ? 'pending' : 'deliveryCanceled']}
              {leftBehind === 'pending' && (
                <>
                  <br />
                  <small>{ui['playground.leftBehindNote']}</small>
                </>
              )}
            </dd>
          </div>
        )}
        {typeof errorCount === 'number' && (
          <div>
            <dt>{ui['playground.errorCount']}</dt>
            <dd data-testid="error-count">
              {fill(ui['playground.errorCountValue'], { count: errorCount, threshold: QUARANTINE_THRESHOLD })}
            </dd>
          </div>
        )}
        {typeof current.meta['nextMessage'] === 'string' && (
          <div>
            <dt>{ui['playground.nextDelivery']}</dt>
            <dd data-testid="next-delivery">
              {current.meta['nextMessage'] === 'ignored'
                ? formats.withDetail(
                    labels.logStatus.ignored ?? '',
                    labels.failureReason[current.meta['exclusionReason'] as FailureReasonId] ?? '',
                  )
                : ui['playground.nextDeliveryTargeted']}
            </dd>
          </div>
        )}
        {current.decisions.length > 0 && (
          <div>
            <dt>{ui['playground.decisions']}</dt>
            <dd data-testid="decisions">
              {current.decisions.map((id) => (
                <p key={id}>
                  <a href={`${props.notesHref ?? ''}#${id.toLowerCase()}`}>
                    {fill(ui['text.labelled'], { label: id, value: props.decisionTitles?.[id] ?? '' })}
                  </a>
                </p>
              ))}
            </dd>
          </div>
        )}
        {typeof validityHours === 'number' && typeof elapsedHours === 'number' && (
          <div>
            <dt>{ui['playground.clock']}</dt>
            <dd data-testid="clock">
              {fill(ui['playground.clockReading'], {
                elapsed: formats.hours(elapsedHours),
                validity: formats.hours(validityHours),
                left: formats.hours(hoursLeft(validityHours, elapsedHours)),
              })}
              <br />
              <small>{ui['playground.capNote']}</small>
            </dd>
          </div>
        )}
      </dl>
      <p className="sr-only" aria-live="polite" data-testid="announcer">
        {touched.current || problem ? announcement : ''}
      </p>

      <section className="playground__events" aria-labelledby={`${id}-events`}>
        <h3 id={`${id}-events`}>{ui['playground.events']}</h3>
        <EventChoices
          choices={current.choices}
          labels={labels}
          formats={formats}
          noEvents={ui['playground.noEvents']}
          limitReached={isAtStepLimit(cursor) ? fill(ui['playground.stepLimit'], { n: MAX_REPLAY_EVENTS }) : undefined}
          onChoose={(event) => act({ type: 'step.taken', event })}
        />
      </section>

      <section className="playground__history" aria-labelledby={`${id}-history`}>
        <h3 id={`${id}-history`}>{ui['playground.history']}</h3>
        <div className="playground__toolbar">
          <button type="button" onClick={() => act({ type: 'history.back' })} disabled={cursor === 0}>
            ← {ui['playground.back']}
          </button>
          <button type="button" onClick={() => act({ type: 'history.forward' })} disabled={cursor >= events.length}>
            {ui['playground.forward']} →
          </button>
          <button type="button" onClick={() => act({ type: 'history.reset' })} disabled={events.length === 0}>
            {ui['playground.reset']}
          </button>
        </div>
        <ol start={0} data-testid="history">
          <li aria-current={cursor === 0 ? 'step' : undefined}>{ui['playground.initial']}</li>
          {events.map((event, i) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: a history entry is its position
              key={i}
              aria-current={cursor === i + 1 ? 'step' : undefined}
              className={i + 1 > cursor ? 'is-future' : undefined}
            >
              <EventName text={eventText(event, labels, formats)} formats={formats} />
            </li>
          ))}
        </ol>
      </section>

      <section className="playground__options">
        {scenarios.length > 0 && (
          <div className="playground__row">
            <label htmlFor={`${id}-scenario`}>{ui['playground.scenarios']}</label>
            <select id={`${id}-scenario`} value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
              {scenarios.map((scenario) => (
                <option key={scenario.id} value={scenario.id}>
                  {scenario.title}
                </option>
              ))}
            </select>
            <button
              type="button"
              onClick={() => {
                const scenario = scenarios.find((s) => s.id === scenarioId);
                if (scenario)
                  act({
                    type: 'history.loaded',
                    events: scenario.events,
                    cursor: scenario.events.length,
                    input: scenario.input,
                  });
              }}
            >
              {ui['playground.loadScenario']}
            </button>
          </div>
        )}
        {validityOptions && (
          <div className="playground__row">
            <label htmlFor={`${id}-validity`}>{ui['playground.validitySetting']}</label>
            <select
              id={`${id}-validity`}
              value={String(input['validitySettingHours'] ?? 120)}
              onChange={(e) => act({ type: 'input.changed', input: { validitySettingHours: Number(e.target.value) } })}
            >
              {validityOptions.map((hours) => (
                <option key={hours} value={hours}>
                  {formats.hours(hours)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="playground__row">
          <button type="button" onClick={() => copy(absoluteLink())} data-testid="copy-link">
            {ui['playground.copyLink']}
          </button>
          <button type="button" onClick={() => copy(answer())} data-testid="copy-answer">
            {ui['playground.copyAnswer']}
          </button>
          {props.fullPageHref && (
            <a href={`${props.fullPageHref}${link}`} target="_top">
              {ui['embed.openFull']}
            </a>
          )}
          <output aria-live="polite" data-testid="copied">
            {copied}
          </output>
        </div>
      </section>
    </div>
  );
}

/**
 * The playground island: a reader steps a machine of the specification through its events. All it
 * shows is replayed through the spec; its own state is the history of events (playgroundMachine).
 * One screen per step: the diagram and the status stay in view (sticky) while the events, the history
 * and the answer are used beside or below them.
 */
import { useMachine } from '@xstate/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { DiagramEdge } from '~/diagram/layout.ts';
import { ruleLabel } from '~/diagram/rules.ts';
import { EDGE_LABEL_WIDTH, wrap } from '~/diagram/text.ts';
import type { UiKey } from '~/i18n/uiKeys.ts';
import { buildLink, type LinkProblem } from '~/links/link.ts';
import { MAX_REPLAY_EVENTS, replay, type StepView } from '~/machines/index.ts';
import { composeAnswer } from '~/views/answer.ts';
import { eventOnArrow, openArrows, takenArrows } from '~/views/diagramStep.ts';
import { choicesFor, fill, labelStep, textFormats } from '~/views/step.ts';
import { DiagramSvg } from '../diagram/DiagramSvg.tsx';
import { DiagramZoom } from '../diagram/DiagramZoom.tsx';
import { useHydrated } from '../useHydrated.ts';
import { HistoryToolbar, ScenarioPicker } from './Controls.tsx';
import { EventChoices } from './EventChoices.tsx';
import { HistoryList } from './HistoryList.tsx';
import { isAtStepLimit, playgroundMachine } from './playgroundMachine.ts';
import { StepDetails } from './StepDetails.tsx';
import { StepStatus } from './StepStatus.tsx';
import type { PlaygroundProps, UiStrings } from './types.ts';
import { useClipboard } from './useClipboard.ts';
import { type StepOrigin, useKeepFocus } from './useKeepFocus.ts';
import { useLinkSync } from './useLinkSync.ts';

export type { PlaygroundProps, ScenarioPreset, UiStrings } from './types.ts';

function problemText(problem: LinkProblem, ui: UiStrings): string {
  const index = 'index' in problem && typeof problem.index === 'number' ? problem.index + 1 : 0;
  const key = `link.${problem.code}` as UiKey;
  return fill(ui[key] ?? ui['link.error'], { n: index });
}

export default function PlaygroundIsland(props: PlaygroundProps) {
  const ready = useHydrated();
  const { machine, labels, ui, scenarios, validityOptions, diagram } = props;
  const [snapshot, send] = useMachine(playgroundMachine, { input: props.initial });
  const { events, cursor, input } = snapshot.context;
  const [zoomed, setZoomed] = useState(false);
  const [touched, setTouched] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const id = useId().replace(/:/g, '');
  const link = buildLink({ machine, events, at: cursor, input });
  const { problem, setProblem } = useLinkSync({
    machines: [machine],
    link,
    touched,
    syncUrl: props.syncUrl !== false,
    onLoad: (loaded) => send({ type: 'history.loaded', ...loaded }),
  });
  const clipboard = useClipboard(ui['playground.copied']);

  const steps: readonly StepView[] = useMemo(() => replay(machine, events, input).steps, [machine, events, input]);
  const current = steps[Math.min(cursor, steps.length - 1)]!;
  const previous = cursor > 0 ? steps[cursor - 1] : undefined;
  const formats = useMemo(() => textFormats(props.lang, ui['text.withDetail']), [props.lang, ui]);
  const dayFormat = useMemo(() => new Intl.NumberFormat(props.lang, { style: 'unit', unit: 'day' }), [props.lang]);
  const shown = labelStep(current, machine, labels, formats, ui['playground.reasonNotStated']);

  const markOrigin = useKeepFocus(root, `${cursor}:${events.length}`);

  const act = (event: Parameters<typeof send>[0], from: StepOrigin = 'other') => {
    setTouched(true);
    clipboard.clear();
    setProblem(null);
    markOrigin(from);
    performance.mark('playground:step');
    send(event);
  };

  // One screen per step: once the reader steps, the diagram and the status come into view if they are not.
  const card = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each step
  useEffect(() => {
    const element = card.current;
    if (!touched || !element) return;
    const box = element.getBoundingClientRect();
    const outOfView = box.top < 0 || box.bottom > window.innerHeight;
    if (outOfView && box.height <= window.innerHeight) element.scrollIntoView({ block: 'nearest' });
  }, [cursor, events]);

  const validityHours = current.context['validityHours'];

  // The diagram at this step: the arrows just followed, the arrows open now, rules read with this message's validity.
  const taken = useMemo(() => takenArrows(diagram.edges, previous, current), [diagram, previous, current]);
  const open = useMemo(
    () => (isAtStepLimit(cursor) ? [] : openArrows(diagram.edges, current)),
    [diagram, current, cursor],
  );
  const edgeName = (edge: DiagramEdge) =>
    (edge.guard &&
      ruleLabel(edge.guard, edge.event, {
        text: (key) => ui[key as UiKey],
        event: (type) => labels.event[type as keyof typeof labels.event] ?? type,
        hours: formats.hours,
        days: (n) => dayFormat.format(n),
        ...(typeof validityHours === 'number' ? { validityHours } : {}),
      })) ||
    edge.label;
  const takeArrow = (edgeId: string, from: StepOrigin) => {
    const edge = diagram.edges.find((e) => e.id === edgeId);
    if (!edge) return;
    const at = { machine, before: events.slice(0, cursor), input, step: current };
    const event = eventOnArrow(edge, at, (type) =>
      choicesFor(type, current.choices, labels, formats).map((c) => c.event),
    );
    if (event) act({ type: 'step.taken', event }, from);
  };
  const diagramSteps = (from: StepOrigin) => ({
    taken,
    open,
    takeLabel: (edge: DiagramEdge) => fill(ui['diagram.take'], { event: edgeName(edge) }),
    onTake: (edgeId: string) => takeArrow(edgeId, from),
    lines: (edge: DiagramEdge) => (edge.guard ? wrap(edgeName(edge), EDGE_LABEL_WIDTH) : edge.lines),
  });
  const diagramTitle = fill(ui['text.labelled'], {
    label: ui['diagram.title'],
    value: labels.machine[machine] ?? machine,
  });
  const focusNode = diagram.nodes.find((node) => !node.container && current.states.includes(node.path));

  const announcement = fill(ui['playground.announce'], {
    n: current.index,
    state: shown.status ? fill(ui['text.pair'], { first: shown.here, second: shown.status }) : shown.here,
  });
  // In an embed, a shared link opens the full playground page, not the bare embed.
  const absoluteLink = (at = link) => `${window.location.origin}${props.fullPageHref ?? window.location.pathname}${at}`;
  const copyAnswer = () => {
    const answer = composeAnswer({
      machine,
      path: steps.slice(0, cursor + 1),
      input,
      labels,
      ui,
      lang: props.lang,
      url: absoluteLink(),
    });
    return clipboard.copy(answer.text, answer.html);
  };

  // The same diagram inline and full screen; only what can be taken from it and its ids differ.
  const diagramSvg = (steps: ReturnType<typeof diagramSteps> | undefined, idPrefix: string) => (
    <DiagramSvg
      model={diagram}
      title={diagramTitle}
      description={ui['diagram.description']}
      describeCurrent={(names) => fill(ui['diagram.current'], { state: formats.list(names) })}
      active={current.states}
      steps={steps}
      idPrefix={idPrefix}
    />
  );

  return (
    <div className="playground" data-machine={machine} data-testid="playground" data-ready={ready} ref={root}>
      {problem && (
        <div className="playground__problem" role="alert" data-testid="link-problem">
          <p>{ui['link.error']}</p>
          <p>{problemText(problem, ui)}</p>
          <p>{fill(ui['link.stoppedAt'], { n: current.index })}</p>
        </div>
      )}

      <div className="playground__stage">
        <div className="playground__figure" data-testid="playground-card" ref={card}>
          <div className="playground__diagram">
            {diagramSvg(ready ? diagramSteps('diagram') : undefined, `pg-${id}`)}
            <button type="button" className="playground__zoom" onClick={() => setZoomed(true)} disabled={!ready}>
              {ui['diagram.open']}
            </button>
          </div>
          <StepStatus step={current} shown={shown} ui={ui} />
        </div>

        <div className="playground__panel">
          <StepDetails
            step={current}
            labels={labels}
            ui={ui}
            formats={formats}
            notesHref={props.notesHref}
            decisionTitles={props.decisionTitles}
          />
          <p className="sr-only" aria-live="polite" data-testid="announcer">
            {touched || problem ? announcement : ''}
          </p>

          <section className="playground__events" aria-labelledby={`${id}-events`}>
            <h3 id={`${id}-events`}>{ui['playground.events']}</h3>
            <EventChoices
              choices={current.choices}
              labels={labels}
              formats={formats}
              noEvents={ui['playground.noEvents']}
              limitReached={
                isAtStepLimit(cursor) ? fill(ui['playground.stepLimit'], { n: MAX_REPLAY_EVENTS }) : undefined
              }
              onChoose={(event) => act({ type: 'step.taken', event }, 'events')}
            />
          </section>

          <section className="playground__history" aria-labelledby={`${id}-history`}>
            <h3 id={`${id}-history`}>{ui['playground.history']}</h3>
            <HistoryToolbar ui={ui} cursor={cursor} length={events.length} onMove={(move) => act(move, 'toolbar')} />
            <HistoryList
              machine={machine}
              events={events}
              cursor={cursor}
              input={input}
              labels={labels}
              formats={formats}
              initial={ui['playground.initial']}
              fullPageHref={props.fullPageHref}
              onOpen={(at) => act({ type: 'history.opened', cursor: at })}
            />
          </section>

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
                  input: scenario.input,
                })
              }
            />
            {validityOptions && (
              <div className="playground__row">
                <label htmlFor={`${id}-validity`}>{ui['playground.validitySetting']}</label>
                <select
                  id={`${id}-validity`}
                  value={String(input['validitySettingHours'] ?? 120)}
                  onChange={(e) =>
                    act({ type: 'input.changed', input: { validitySettingHours: Number(e.target.value) } })
                  }
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
              <button type="button" onClick={() => clipboard.copy(absoluteLink())} data-testid="copy-link">
                {ui['playground.copyLink']}
              </button>
              <button type="button" onClick={copyAnswer} data-testid="copy-answer">
                {ui['playground.copyAnswer']}
              </button>
              {props.fullPageHref && (
                <a href={`${props.fullPageHref}${link}`} target="_top">
                  {ui['embed.openFull']}
                </a>
              )}
              <output aria-live="polite" data-testid="copied">
                {clipboard.shown}
              </output>
            </div>
          </section>
        </div>
      </div>

      {ready && (
        <DiagramZoom
          open={zoomed}
          onClose={() => setZoomed(false)}
          width={diagram.width}
          height={diagram.height}
          focus={
            focusNode
              ? { x: focusNode.x + focusNode.width / 2, y: focusNode.y + focusNode.height / 2 }
              : { x: diagram.width / 2, y: 0 }
          }
          text={{
            title: diagramTitle,
            close: ui['diagram.close'],
            zoomIn: ui['diagram.zoomIn'],
            zoomOut: ui['diagram.zoomOut'],
            fit: ui['diagram.fit'],
            hint: ui['diagram.panHint'],
          }}
        >
          {diagramSvg(diagramSteps('zoom'), `pgz-${id}`)}
        </DiagramZoom>
      )}
    </div>
  );
}

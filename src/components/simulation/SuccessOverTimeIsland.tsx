/**
 * Success % over the validity period for both reporting editions, from a population of messages run
 * through the specification in a Web Worker. Inputs live in the URL so a link reproduces the chart.
 * Charts are drawn by Observable Plot; the same data is given as a table for screen readers.
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CampaignLabels } from '~/i18n/campaignLabels.ts';
import { fill } from '~/i18n/fill.ts';
import { editionIds } from '~/machines/index.ts';
import type { statusCodes } from '~/simulation/compile.ts';
import {
  type FieldProblem,
  readField,
  type SimulationField,
  shownValue,
  simulationFields,
} from '~/simulation/fields.ts';
import { countPoints, sampleHours, successPoints, timeTicks, validityLine } from '~/simulation/series.ts';
import {
  defaultInputs,
  type SimulationInputs,
  type SimulationResult,
  STEP_BUDGET,
  sanitizeInputs,
} from '~/simulation/simulate.ts';
import type { WorkerMessage } from '~/simulation/simulation.worker.ts';
import type { UiStrings } from '../playground/types.ts';
import { useHydrated } from '../useHydrated.ts';

export interface SuccessOverTimeProps {
  readonly lang: string;
  readonly labels: CampaignLabels;
  readonly ui: UiStrings;
  readonly initial: SimulationResult;
}

/** Statuses a edition can show once relayed (every message is relayed at hour 0, so none stays Pending). */
const shownStatuses = {
  enhancedMtaReporting: ['sent', 'failed'],
  emailFeedbackService: ['takenIntoAccount', 'sent', 'failed'],
} as const satisfies Record<(typeof editionIds)[number], readonly (typeof statusCodes)[number][]>;

const modelColors = ['#3447ff', '#d97706'];
const statusColors = ['#d97706', '#1a7f37', '#c22d2d'];

/**
 * Plot adds a <style> element to each chart; the CSP allows no style element created at run time, so
 * it is dropped and the same rules live in the page's stylesheet (.simulation__chart).
 */
function withoutStyleElements<T extends Element>(chart: T): T {
  for (const style of chart.querySelectorAll('style')) style.remove();
  return chart;
}

const fieldLabels: Record<SimulationField['key'], keyof UiStrings> = {
  messages: 'simulation.messages',
  hardBounceRate: 'simulation.hardBounceRate',
  softBounceRate: 'simulation.softBounceRate',
  retrySuccessRate: 'simulation.retrySuccess',
  asyncBounceRate: 'simulation.asyncBounceRate',
  meanDeliveryHours: 'simulation.deliveryHours',
  meanRetryHours: 'simulation.retryHours',
  validityDays: 'simulation.validity',
  seed: 'simulation.seed',
};
const controls = simulationFields;

/** The chart's width follows its column, so that its text keeps its size on a phone. */
function useWidth(ref: React.RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth(Math.min(next, fallback));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}

/** The inputs a link asks for: as run (clamped to the controls' ranges), and as written (for the worker, which says what it clamped). */
function inputsFromUrl(search: string): { inputs: SimulationInputs; asked: object } | null {
  const params = new URLSearchParams(search.slice(0, 2000));
  const raw: Record<string, unknown> = {};
  for (const { key } of controls) if (params.has(key)) raw[key] = params.get(key);
  if (Object.keys(raw).length === 0) return null;
  const asked = { ...defaultInputs, ...raw };
  return { inputs: sanitizeInputs(asked), asked };
}

export default function SuccessOverTimeIsland({ lang, labels, ui, initial }: SuccessOverTimeProps) {
  const ready = useHydrated();
  const [inputs, setInputs] = useState<SimulationInputs>(initial.inputs);
  const [result, setResult] = useState<SimulationResult>(initial);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState(0);
  const busy = useRef(false);
  const worker = useRef<Worker | null>(null);
  const request = useRef(0);
  const successRef = useRef<HTMLDivElement>(null);
  const countsRefs = useRef<(HTMLDivElement | null)[]>([]);
  const chartsRef = useRef<HTMLDivElement>(null);
  const width = useWidth(chartsRef, 720);
  const [problems, setProblems] = useState<Partial<Record<SimulationField['key'], FieldProblem>>>({});
  const [formKey, setFormKey] = useState(0);

  const percent = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }), [lang]);
  const integer = useMemo(() => new Intl.NumberFormat(lang), [lang]);
  const days = useMemo(
    () => new Intl.NumberFormat(lang, { style: 'unit', unit: 'day', maximumFractionDigits: 1 }),
    [lang],
  );
  const hoursFormat = useMemo(() => new Intl.NumberFormat(lang, { style: 'unit', unit: 'hour' }), [lang]);
  const share = useMemo(() => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }), [lang]);
  /** A field's limits as the reader types them. */
  const limit = (field: SimulationField, value: number) =>
    field.percent ? share.format(value / 100) : integer.format(value);
  const editionName = (edition: (typeof editionIds)[number]) => labels.machine[edition];
  const successColumn = fill(ui['simulation.successColumn'], { kpi: labels.successKpi });

  const startWorker = () => {
    const next = new Worker(new URL('../../simulation/simulation.worker.ts', import.meta.url), { type: 'module' });
    next.onmessage = (message: MessageEvent<WorkerMessage>) => {
      if (message.data.id !== request.current) return; // a newer request superseded this one
      if ('progress' in message.data) {
        setProgress(message.data.progress);
        return;
      }
      busy.current = false;
      setResult(message.data.result);
      setRunning(false);
    };
    worker.current = next;
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the worker starts once, on mount
  useEffect(() => {
    startWorker();
    const fromUrl = inputsFromUrl(window.location.search);
    if (fromUrl) {
      run(fromUrl.inputs, false, fromUrl.asked);
      setFormKey((key) => key + 1); // the fields show the link's values
    }
    return () => worker.current?.terminate();
  }, []);

  const run = (next: SimulationInputs, writeUrl = true, asked: object = next) => {
    setInputs(next);
    // A run still going is for inputs nobody wants any more: stop it rather than wait for it.
    if (busy.current) {
      worker.current?.terminate();
      startWorker();
    }
    busy.current = true;
    setRunning(true);
    setProgress(0);
    request.current++;
    performance.mark('simulation:change');
    worker.current?.postMessage({ id: request.current, inputs: asked });
    if (writeUrl) {
      const params = new URLSearchParams();
      for (const { key } of controls) params.set(key, String(next[key]));
      window.history.replaceState(null, '', `?${params.toString()}`);
    }
  };

  // The dashed line's label: the delivery's validity, or the MTA's cap when the setting exceeds it.
  const { hour: lineHour, settingHours, capped } = validityLine(result);
  const validityLabel = capped
    ? fill(ui['simulation.cap'], { days: days.format(lineHour / 24), setting: days.format(settingHours / 24) })
    : fill(ui['simulation.validityEnd'], { days: days.format(lineHour / 24) });
  // In the table the row already says the time: its note names only what that time is.
  const validityRowNote = capped
    ? fill(ui['simulation.capRow'], { setting: days.format(settingHours / 24) })
    : ui['simulation.validityEndRow'];

  // Charts are drawn in the browser only; without JavaScript the table below carries the data.
  // biome-ignore lint/correctness/useExhaustiveDependencies: editionName derives from labels, already a dependency
  useEffect(() => {
    const hours = sampleHours(result, 1);
    const names = new Map(editionIds.map((edition) => [edition, editionName(edition)]));
    // A symlog axis: the first hours, where Email Feedback Service's Success % climbs, get room.
    const xAxis = {
      type: 'symlog' as const,
      label: ui['simulation.time'],
      tickFormat: (h: number) => (h < 24 ? hoursFormat.format(h) : days.format(h / 24)),
      // Labels at least about 44 px apart, whatever the chart's width.
      ticks: timeTicks(result, 44 / Math.max(1, width - 84)),
      domain: [0, result.horizonHours],
    };
    const line = validityLine(result);
    const rightHalf = Math.log1p(line.hour) > Math.log1p(result.horizonHours) / 2;
    const success = Plot.plot({
      width,
      height: 300,
      marginLeft: 48,
      marginTop: 36,
      x: xAxis,
      y: {
        label: successColumn,
        domain: [0, 100],
        grid: true,
        tickFormat: (v: number) => percent.format(v),
      },
      color: { domain: [...names.values()], range: modelColors },
      marks: [
        Plot.ruleX([result.validityHours], { stroke: 'currentColor', strokeDasharray: '4 3' }),
        Plot.text([line.hour], {
          x: (h: number) => h,
          frameAnchor: 'top',
          dy: -22,
          // In the right half (on the symlog axis) the label ends at the line rather than running off the chart.
          textAnchor: rightHalf ? 'end' : 'start',
          dx: rightHalf ? -4 : 4,
          text: () => validityLabel,
        }),
        Plot.line(successPoints(result, hours), {
          x: 'hour',
          y: 'success',
          stroke: (d: { edition: (typeof editionIds)[number] }) => names.get(d.edition),
          strokeWidth: 2,
        }),
      ],
    });
    // One chart per edition, each under its own heading (a facet's side label was cut on phones).
    const points = countPoints(result, hours);
    editionIds.forEach((edition, i) => {
      const counts = Plot.plot({
        width,
        height: 200,
        marginLeft: 64,
        x: xAxis,
        y: { label: ui['simulation.statusCounts'], grid: true, tickFormat: (v: number) => integer.format(v) },
        color: {
          domain: shownStatuses.emailFeedbackService.map((status) => labels.logStatus[status]),
          range: statusColors,
        },
        marks: [
          Plot.ruleX([line.hour], { stroke: 'currentColor', strokeDasharray: '4 3' }),
          Plot.line(points, {
            x: 'hour',
            y: 'count',
            filter: (d: { status: string; edition: string }) => d.edition === edition && d.status !== 'pending',
            stroke: (d: { status: (typeof statusCodes)[number] }) => labels.logStatus[d.status],
          }),
        ],
      });
      countsRefs.current[i]?.replaceChildren(withoutStyleElements(counts));
    });
    successRef.current?.replaceChildren(withoutStyleElements(success));
    if (performance.getEntriesByName('simulation:change', 'mark').length > 0) {
      performance.measure('simulation:update', 'simulation:change');
      performance.clearMarks('simulation:change');
    }
  }, [result, days, hoursFormat, integer, percent, labels, ui, successColumn, width, validityLabel]);

  const tableHours = sampleHours(result, 12);
  return (
    // Form labels, figures and table rows are not what a search should find: the page's prose is.
    <div className="simulation" data-testid="simulation" data-ready={ready} data-pagefind-ignore>
      <form key={formKey} className="simulation__controls" noValidate onSubmit={(event) => event.preventDefault()}>
        {controls.map((control) => {
          const problem = problems[control.key];
          const limits = { min: limit(control, control.min), max: limit(control, control.max) };
          const hintId = `simulation-${control.key}-limits`;
          const errorId = `simulation-${control.key}-error`;
          return (
            <div className="simulation__field" key={control.key}>
              <label htmlFor={`simulation-${control.key}`}>{ui[fieldLabels[control.key]]}</label>
              <input
                id={`simulation-${control.key}`}
                type="number"
                name={control.key}
                min={control.min}
                max={control.max}
                step={control.step}
                defaultValue={shownValue(control, inputs)}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
                onChange={(event) => {
                  // An <input type="number"> gives "" for text that is not a number: badInput tells them apart.
                  const text = event.target.validity.badInput ? 'NaN' : event.target.value;
                  const reading = readField(control, text);
                  setProblems((all) => ({ ...all, [control.key]: reading.ok ? undefined : reading.problem }));
                  if (!reading.ok) return;
                  const asked = { ...inputs, [control.key]: reading.value };
                  run(sanitizeInputs(asked), true, asked);
                }}
              />
              <small id={hintId} className="simulation__limits">
                {fill(ui['simulation.range'], limits)}
              </small>
              <small id={errorId} className="simulation__error" data-testid={`invalid-${control.key}`}>
                {problem && fill(ui[control.whole ? 'simulation.invalidWhole' : 'simulation.invalid'], limits)}
              </small>
            </div>
          );
        })}
      </form>
      <p
        aria-live="polite"
        className="simulation__status"
        data-testid="simulation-status"
        data-running={running ? 'true' : 'false'}
      >
        {running
          ? fill(ui['simulation.progress'], { n: integer.format(Math.floor(progress * 100)) })
          : fill(ui['text.labelled'], {
              label: ui['simulation.messages'],
              value: integer.format(result.inputs.messages),
            })}
      </p>
      {running && (
        <progress
          className="simulation__progress"
          data-testid="simulation-progress"
          max={1}
          value={progress}
          aria-label={ui['simulation.running']}
        />
      )}
      {result.limited && !running && (
        <p className="simulation__limited" data-testid="simulation-limited">
          {fill(ui[result.limited.reason === 'stepBudget' ? 'simulation.limited' : 'simulation.maxMessages'], {
            n: integer.format(result.inputs.messages),
            requested: integer.format(result.limited.requested),
            steps: integer.format(result.limited.stepsPerMessage),
            budget: integer.format(STEP_BUDGET),
          })}
        </p>
      )}
      <ul className="simulation__legend" aria-hidden="true">
        {editionIds.map((edition, i) => (
          <li key={edition}>
            <span className="simulation__swatch" data-color={i} />
            {editionName(edition)}
          </li>
        ))}
      </ul>
      <div ref={chartsRef}>
        <div ref={successRef} className="simulation__chart" aria-hidden="true" data-testid="success-chart" />
      </div>
      <ul className="simulation__legend simulation__legend--status" aria-hidden="true">
        {shownStatuses.emailFeedbackService.map((status) => (
          <li key={status}>
            <span className={`simulation__swatch status--${status}`} />
            {labels.logStatus[status]}
          </li>
        ))}
      </ul>
      {editionIds.map((edition, i) => (
        <figure className="simulation__panel" key={edition} aria-hidden="true">
          <figcaption>{editionName(edition)}</figcaption>
          <div
            ref={(element) => {
              countsRefs.current[i] = element;
            }}
            className="simulation__chart"
            data-testid={`counts-chart-${edition}`}
          />
        </figure>
      ))}
      <section
        className="scroll-region"
        aria-label={ui['simulation.table']}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe scrollable-region-focusable)
        tabIndex={0}
      >
        <table data-testid="simulation-table">
          <caption>{ui['simulation.table']}</caption>
          <thead>
            <tr>
              <td />
              {editionIds.map((edition) => (
                <th scope="colgroup" colSpan={1 + shownStatuses[edition].length} key={edition}>
                  {editionName(edition)}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col">{ui['simulation.time']}</th>
              {editionIds.flatMap((edition) => [
                <th scope="col" key={`${edition}-success`}>
                  {successColumn}
                </th>,
                ...shownStatuses[edition].map((status) => (
                  <th scope="col" key={`${edition}-${status}`}>
                    {labels.logStatus[status]}
                  </th>
                )),
              ])}
            </tr>
          </thead>
          <tbody>
            {tableHours.map((hour) => (
              <tr key={hour} data-hour={hour}>
                <th scope="row">
                  {hour === result.validityHours
                    ? fill(ui['text.withDetail'], { text: days.format(hour / 24), detail: validityRowNote })
                    : days.format(hour / 24)}
                </th>
                {editionIds.flatMap((edition) => [
                  <td key={`${edition}-success`} data-edition={edition}>
                    {percent.format(result.editions[edition].success[hour]!)}
                  </td>,
                  ...shownStatuses[edition].map((status) => (
                    <td key={`${edition}-${status}`}>
                      {integer.format(result.editions[edition].counts[status][hour]!)}
                    </td>
                  )),
                ])}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

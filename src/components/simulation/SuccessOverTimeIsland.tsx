/**
 * Success % over the validity period for both reporting models, from a population of messages run
 * through the specification in a Web Worker. Inputs live in the URL so a link reproduces the chart.
 * Charts are drawn by Observable Plot; the same data is given as a table for screen readers.
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CampaignLabels } from '~/i18n/campaignLabels.ts';
import { fill } from '~/i18n/fill.ts';
import type { statusCodes } from '~/simulation/compile.ts';
import { countPoints, sampleHours, successPoints } from '~/simulation/series.ts';
import {
  defaultInputs,
  MAX_MESSAGES,
  modelIds,
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

/** Statuses a model can show once relayed (every message is relayed at hour 0, so none stays Pending). */
const shownStatuses = {
  enhancedMtaReporting: ['sent', 'failed'],
  emailFeedbackService: ['takenIntoAccount', 'sent', 'failed'],
} as const satisfies Record<(typeof modelIds)[number], readonly (typeof statusCodes)[number][]>;

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

interface Control {
  readonly key: keyof SimulationInputs;
  readonly label: keyof UiStrings;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Rates are edited as percentages. */
  readonly percent?: boolean;
}

const controls: readonly Control[] = [
  { key: 'messages', label: 'simulation.messages', min: 100, max: MAX_MESSAGES, step: 100 },
  { key: 'hardBounceRate', label: 'simulation.hardBounceRate', min: 0, max: 100, step: 0.5, percent: true },
  { key: 'softBounceRate', label: 'simulation.softBounceRate', min: 0, max: 100, step: 0.5, percent: true },
  { key: 'retrySuccessRate', label: 'simulation.retrySuccess', min: 0, max: 100, step: 1, percent: true },
  { key: 'asyncBounceRate', label: 'simulation.asyncBounceRate', min: 0, max: 100, step: 0.1, percent: true },
  { key: 'meanDeliveryHours', label: 'simulation.deliveryHours', min: 0.1, max: 48, step: 0.1 },
  { key: 'meanRetryHours', label: 'simulation.retryHours', min: 0.1, max: 48, step: 0.1 },
  { key: 'validityDays', label: 'simulation.validity', min: 0.5, max: 30, step: 0.5 },
  { key: 'seed', label: 'simulation.seed', min: 0, max: 2 ** 31 - 1, step: 1 },
];

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
  const countsRef = useRef<HTMLDivElement>(null);

  const percent = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }), [lang]);
  const integer = useMemo(() => new Intl.NumberFormat(lang), [lang]);
  const days = useMemo(
    () => new Intl.NumberFormat(lang, { style: 'unit', unit: 'day', maximumFractionDigits: 1 }),
    [lang],
  );
  const modelName = (model: (typeof modelIds)[number]) => labels.machine[model];
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
    if (fromUrl) run(fromUrl.inputs, false, fromUrl.asked);
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

  // Charts are drawn in the browser only; without JavaScript the table below carries the data.
  // biome-ignore lint/correctness/useExhaustiveDependencies: modelName derives from labels, already a dependency
  useEffect(() => {
    const hours = sampleHours(result, 1);
    const names = new Map(modelIds.map((model) => [model, modelName(model)]));
    const dayTicks = Array.from({ length: Math.floor(result.horizonHours / 24) + 1 }, (_, day) => day * 24);
    const xAxis = { label: ui['simulation.time'], tickFormat: (h: number) => days.format(h / 24), ticks: dayTicks };
    const success = Plot.plot({
      width: 720,
      height: 300,
      marginLeft: 48,
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
        Plot.text([result.validityHours], {
          x: (h: number) => h,
          frameAnchor: 'top',
          dx: 4,
          textAnchor: 'start',
          text: () => ui['simulation.cap'],
        }),
        Plot.line(successPoints(result, hours), {
          x: 'hour',
          y: 'success',
          stroke: (d: { model: (typeof modelIds)[number] }) => names.get(d.model),
          strokeWidth: 2,
        }),
      ],
    });
    const counts = Plot.plot({
      width: 720,
      height: 260,
      marginLeft: 64,
      x: xAxis,
      y: { label: ui['simulation.statusCounts'], grid: true, tickFormat: (v: number) => integer.format(v) },
      fx: { label: null },
      color: {
        domain: shownStatuses.emailFeedbackService.map((status) => labels.logStatus[status]),
        range: statusColors,
      },
      facet: {
        data: countPoints(result, hours),
        y: (d: { model: (typeof modelIds)[number] }) => names.get(d.model),
        label: null,
      },
      marks: [
        Plot.ruleX([result.validityHours], { stroke: 'currentColor', strokeDasharray: '4 3' }),
        Plot.line(countPoints(result, hours), {
          x: 'hour',
          y: 'count',
          filter: (d: { status: string }) => d.status !== 'pending',
          stroke: (d: { status: (typeof statusCodes)[number] }) => labels.logStatus[d.status],
          fy: (d: { model: (typeof modelIds)[number] }) => names.get(d.model),
        }),
      ],
    });
    successRef.current?.replaceChildren(withoutStyleElements(success));
    countsRef.current?.replaceChildren(withoutStyleElements(counts));
    if (performance.getEntriesByName('simulation:change', 'mark').length > 0) {
      performance.measure('simulation:update', 'simulation:change');
      performance.clearMarks('simulation:change');
    }
  }, [result, days, integer, percent, labels, ui, successColumn]);

  const tableHours = sampleHours(result, 12);
  return (
    <div className="simulation" data-testid="simulation" data-ready={ready}>
      <form className="simulation__controls" onSubmit={(event) => event.preventDefault()}>
        {controls.map((control) => {
          const value = control.percent ? inputs[control.key] * 100 : inputs[control.key];
          return (
            <label key={control.key}>
              <span>{ui[control.label]}</span>
              <input
                type="number"
                name={control.key}
                min={control.min}
                max={control.max}
                step={control.step}
                defaultValue={Number(value.toFixed(3))}
                onChange={(event) => {
                  const raw = Number(event.target.value);
                  if (!Number.isFinite(raw) || event.target.value === '') return;
                  const asked = { ...inputs, [control.key]: control.percent ? raw / 100 : raw };
                  run(sanitizeInputs(asked), true, asked);
                }}
              />
            </label>
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
          ? progress > 0
            ? fill(ui['simulation.progress'], { n: integer.format(Math.floor(progress * 100)) })
            : ui['simulation.running']
          : fill(ui['text.labelled'], {
              label: ui['simulation.messages'],
              value: integer.format(result.inputs.messages),
            })}
      </p>
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
        {modelIds.map((model, i) => (
          <li key={model}>
            <span className="simulation__swatch" data-color={i} />
            {modelName(model)}
          </li>
        ))}
      </ul>
      <div ref={successRef} className="simulation__chart" aria-hidden="true" data-testid="success-chart" />
      <ul className="simulation__legend simulation__legend--status" aria-hidden="true">
        {shownStatuses.emailFeedbackService.map((status) => (
          <li key={status}>
            <span className={`simulation__swatch status--${status}`} />
            {labels.logStatus[status]}
          </li>
        ))}
      </ul>
      <div ref={countsRef} className="simulation__chart" aria-hidden="true" />
      <section
        className="diagram-scroll"
        aria-label={ui['simulation.table']}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe scrollable-region-focusable)
        tabIndex={0}
      >
        <table data-testid="simulation-table">
          <caption>{ui['simulation.table']}</caption>
          <thead>
            <tr>
              <td />
              {modelIds.map((model) => (
                <th scope="colgroup" colSpan={1 + shownStatuses[model].length} key={model}>
                  {modelName(model)}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col">{ui['simulation.time']}</th>
              {modelIds.flatMap((model) => [
                <th scope="col" key={`${model}-success`}>
                  {successColumn}
                </th>,
                ...shownStatuses[model].map((status) => (
                  <th scope="col" key={`${model}-${status}`}>
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
                    ? fill(ui['text.withDetail'], { text: days.format(hour / 24), detail: ui['simulation.cap'] })
                    : days.format(hour / 24)}
                </th>
                {modelIds.flatMap((model) => [
                  <td key={`${model}-success`} data-model={model}>
                    {percent.format(result.models[model].success[hour]!)}
                  </td>,
                  ...shownStatuses[model].map((status) => (
                    <td key={`${model}-${status}`}>{integer.format(result.models[model].counts[status][hour]!)}</td>
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

/**
 * "What happened to my message?": the reader says what they see, the island asks the specification
 * (src/diagnosis) and shows each answer. The inputs live in the address bar, so a diagnosis is a link.
 * Everything shown is text from the view model; nothing from the URL is rendered as HTML.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { diagnose } from '~/diagnosis/diagnose.ts';
import { checks, type DiagnosisStrings, diagnosisText, explainAnswer } from '~/diagnosis/explain.ts';
import {
  addressStatuses,
  buildDiagnosisQuery,
  type DiagnosisInputs,
  type DiagnosisProblem,
  deliveryStatusChoices,
  editionChoices,
  failureTypes,
  type InputField,
  inputFields,
  parseDiagnosisQuery,
  queryParams,
  successMoves,
} from '~/diagnosis/inputs.ts';
import type { CampaignLabels } from '~/i18n/campaignLabels.ts';
import { fill } from '~/i18n/fill.ts';
import { failureReasonIds, logStatuses, type MachineId } from '~/machines/index.ts';
import { textFormats } from '~/views/step.ts';
import { useHydrated } from '../useHydrated.ts';

export interface DiagnosisProps {
  readonly lang: string;
  readonly labels: CampaignLabels;
  readonly ui: DiagnosisStrings;
  /** Each machine's playground page in this locale, under the site's base. */
  readonly playgroundPaths: Readonly<Record<MachineId, string>>;
  /** On the embed: the full diagnosis page, linked with the current inputs. */
  readonly fullPageHref?: string | undefined;
}

type FormValues = Readonly<Record<InputField, string>>;

const emptyForm = Object.fromEntries(inputFields.map((field) => [field, ''])) as FormValues;

const toForm = (inputs: DiagnosisInputs): FormValues => ({
  ...emptyForm,
  ...Object.fromEntries(Object.entries(inputs).map(([field, value]) => [field, String(value)])),
});

/** The form's values as inputs: the same checks as a link's (a typed number is read like a URL's). */
const fromForm = (form: FormValues) => parseDiagnosisQuery(buildQueryFromForm(form));

function buildQueryFromForm(form: FormValues): string {
  const params = new URLSearchParams();
  for (const field of inputFields) if (form[field].trim() !== '') params.set(queryParams[field], form[field].trim());
  return `?${params.toString()}`;
}

function problemText(problem: DiagnosisProblem, ui: DiagnosisStrings): string {
  if (problem.code === 'invalidValue') {
    return fill(ui['diagnosis.problem.invalidValue'] ?? '', { field: ui[`diagnosis.${problem.field}`] ?? '' });
  }
  return ui[`diagnosis.problem.${problem.code}`] ?? '';
}

export default function DiagnosisIsland({ lang, labels, ui, playgroundPaths, fullPageHref }: DiagnosisProps) {
  const hydrated = useHydrated();
  const id = useId();
  const [form, setForm] = useState<FormValues>({ ...emptyForm, edition: 'unknown' });
  const [asked, setAsked] = useState<DiagnosisInputs | null>(null);
  const [problems, setProblems] = useState<readonly DiagnosisProblem[]>([]);
  const [copied, setCopied] = useState(false);
  const formats = useMemo(() => textFormats(lang, ui['text.withDetail'] ?? '{{text}} ({{detail}})'), [lang, ui]);
  const context = useMemo(
    () => ({ labels, ui, formats, playgroundPath: (machine: MachineId) => playgroundPaths[machine] }),
    [labels, ui, formats, playgroundPaths],
  );

  // A diagnosis link: read once when the page opens.
  useEffect(() => {
    const parsed = parseDiagnosisQuery(window.location.search);
    setProblems(parsed.problems);
    if (!parsed.asked) return;
    setForm(toForm(parsed.inputs));
    if (parsed.problems.every((problem) => problem.code === 'invalidValue')) setAsked(parsed.inputs);
  }, []);

  const diagnosis = useMemo(() => (asked ? diagnose(asked) : null), [asked]);
  const shareUrl = () => `${window.location.origin}${window.location.pathname}${buildDiagnosisQuery(asked!)}`;

  const submit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    const parsed = fromForm(form);
    setProblems(parsed.problems);
    setCopied(false);
    setAsked(parsed.inputs);
    window.history.replaceState(null, '', `${window.location.pathname}${buildDiagnosisQuery(parsed.inputs)}`);
  };
  const reset = () => {
    setForm({ ...emptyForm, edition: 'unknown' });
    setAsked(null);
    setProblems([]);
    window.history.replaceState(null, '', window.location.pathname);
  };
  const copy = async (text: string) => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  };

  const set = (field: InputField) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [field]: event.target.value }));

  const select = (
    field: InputField,
    options: readonly { value: string; label: string | undefined }[],
    required = false,
  ) => (
    <label className="diagnosis__field">
      <span>{ui[`diagnosis.${field}`]}</span>
      <select name={queryParams[field]} value={form[field]} onChange={set(field)}>
        {!required && <option value="">{ui['diagnosis.notKnown']}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label ?? option.value}
          </option>
        ))}
      </select>
    </label>
  );
  const number = (field: InputField, min: number) => (
    <label className="diagnosis__field">
      <span>{ui[`diagnosis.${field}`]}</span>
      <input
        name={queryParams[field]}
        type="number"
        inputMode="decimal"
        min={min}
        max={720}
        step="any"
        value={form[field]}
        onChange={set(field)}
      />
    </label>
  );

  const statusOptions = logStatuses.map((status) => ({ value: status, label: labels.logStatus[status] }));
  const answerCount = diagnosis ? diagnosis.byEdition.reduce((sum, group) => sum + group.answers.length, 0) : 0;

  return (
    <div className="diagnosis not-content" data-testid="diagnosis" data-ready={hydrated ? 'true' : 'false'}>
      {problems.length > 0 && (
        <div className="diagnosis__problems" role="alert">
          {problems.map((problem) => (
            <p key={problem.code + ('field' in problem ? problem.field : '')}>{problemText(problem, ui)}</p>
          ))}
        </div>
      )}
      <form className="diagnosis__form" onSubmit={submit} aria-labelledby={`${id}-form`}>
        <h2 id={`${id}-form`}>{ui['diagnosis.form']}</h2>
        <div className="diagnosis__fields">
          {select(
            'edition',
            editionChoices.map((edition) => ({
              value: edition,
              label: edition === 'unknown' ? (ui['diagnosis.editionUnknown'] ?? edition) : labels.machine[edition],
            })),
            true,
          )}
          {select('status', statusOptions)}
          {select('before', statusOptions)}
          {select(
            'reason',
            failureReasonIds.map((reason) => ({ value: reason, label: labels.failureReason[reason] ?? reason })),
          )}
          {select(
            'failureType',
            failureTypes.map((type) => ({ value: type, label: labels.failureType[type] })),
          )}
          {number('elapsedHours', 0)}
          {number('validityHours', 1)}
          {select(
            'success',
            successMoves.map((move) => ({
              value: move,
              label: ui[`diagnosis.success${move[0]!.toUpperCase()}${move.slice(1)}`] ?? move,
            })),
          )}
          {select(
            'delivery',
            deliveryStatusChoices.map((status) => ({ value: status, label: labels.deliveryStatus[status] })),
          )}
          {select(
            'address',
            addressStatuses.map((status) => ({
              value: status,
              label: labels.state[status as keyof CampaignLabels['state']] ?? status,
            })),
          )}
        </div>
        <div className="diagnosis__actions">
          <button type="submit">{ui['diagnosis.submit']}</button>
          <button type="button" onClick={reset}>
            {ui['diagnosis.reset']}
          </button>
          {fullPageHref && (
            <a href={`${fullPageHref}${asked ? buildDiagnosisQuery(asked) : ''}`} target="_top">
              {ui['embed.openFull']}
            </a>
          )}
        </div>
      </form>
      <section className="diagnosis__answers" aria-labelledby={`${id}-answers`}>
        <h2 id={`${id}-answers`}>{ui['diagnosis.answers']}</h2>
        <p role="status">
          {diagnosis
            ? diagnosis.noMatch
              ? ui['diagnosis.noMatch']
              : fill(ui['diagnosis.found'] ?? '', { n: answerCount })
            : ui['diagnosis.empty']}
        </p>
        {diagnosis && (
          <>
            <div className="diagnosis__actions">
              <button
                type="button"
                onClick={() => copy(diagnosisText(diagnosis, context, window.location.origin, shareUrl()))}
              >
                {ui['diagnosis.copyAnswer']}
              </button>
              <button type="button" onClick={() => copy(shareUrl())}>
                {ui['diagnosis.copyLink']}
              </button>
              {copied && <span role="status">{ui['diagnosis.copied']}</span>}
            </div>
            {diagnosis.hints.map((hint) => (
              <p key={hint} className="diagnosis__hint" data-hint={hint}>
                {ui[`diagnosis.hint.${hint}`]}
              </p>
            ))}
            {diagnosis.noMatch ? (
              <>
                <p>{ui['diagnosis.check']}</p>
                <ul>
                  {checks(diagnosis.noMatch.culprits, ui).map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </>
            ) : (
              <>
                <p className="diagnosis__ranking">{ui['diagnosis.ranking']}</p>
                {diagnosis.byEdition.map((group) => (
                  <section key={group.edition} data-edition={group.edition} aria-labelledby={`${id}-${group.edition}`}>
                    <h3 id={`${id}-${group.edition}`}>
                      {fill(ui['diagnosis.answersFor'] ?? '', { edition: labels.machine[group.edition] })}
                    </h3>
                    <ol className="diagnosis__list">
                      {group.answers.map((answer) => {
                        const parts = explainAnswer(answer, context);
                        return (
                          <li key={answer.kind} data-kind={answer.kind}>
                            <h4>{parts.title}</h4>
                            <dl>
                              <dt>{ui['diagnosis.happened']}</dt>
                              <dd>
                                {parts.happened}
                                <ol className="diagnosis__steps">
                                  {parts.steps.map((step, index) => (
                                    // biome-ignore lint/suspicious/noArrayIndexKey: the steps of one story, in order
                                    <li key={index}>{step}</li>
                                  ))}
                                </ol>
                              </dd>
                              <dt>{ui['diagnosis.shows']}</dt>
                              <dd>
                                {parts.shows} {parts.otherReasons}
                              </dd>
                              <dt>{ui['diagnosis.next']}</dt>
                              <dd>{parts.next}</dd>
                              <dt>{ui['diagnosis.todo']}</dt>
                              <dd>{parts.todo}</dd>
                              <dt>{ui['diagnosis.facts']}</dt>
                              <dd>{parts.facts}</dd>
                            </dl>
                            <ul className="diagnosis__links">
                              {parts.links.map((link) => (
                                <li key={link.href}>
                                  <a href={link.href}>{link.label}</a>
                                </li>
                              ))}
                            </ul>
                          </li>
                        );
                      })}
                    </ol>
                  </section>
                ))}
              </>
            )}
          </>
        )}
      </section>
    </div>
  );
}

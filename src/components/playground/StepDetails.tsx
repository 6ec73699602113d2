/**
 * What else holds at this step, where it applies: what the cleanup leaves behind, the address's error
 * count, what the next delivery does with the address, the validity clock, and the modelling choices
 * the step relies on (linked to the notes on the sources).
 */
import type { CampaignLabels } from '~/i18n/campaignLabels.ts';
import { type FailureReasonId, hoursLeft, QUARANTINE_THRESHOLD, type StepView } from '~/machines/index.ts';
import { fill, type TextFormats } from '~/views/step.ts';
import type { UiStrings } from './types.ts';

export interface StepDetailsProps {
  readonly step: StepView;
  readonly labels: CampaignLabels;
  readonly ui: UiStrings;
  readonly formats: TextFormats;
  readonly notesHref?: string | undefined;
  readonly decisionTitles?: Readonly<Record<string, string>> | undefined;
}

export function StepDetails({ step, labels, ui, formats, notesHref, decisionTitles }: StepDetailsProps) {
  const { validityHours, elapsedHours, leftBehind, errorCount } = step.context;
  const nextMessage = step.meta['nextMessage'];
  return (
    <dl className="playground__status playground__details">
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
      {typeof nextMessage === 'string' && (
        <div>
          <dt>{ui['playground.nextDelivery']}</dt>
          <dd data-testid="next-delivery">
            {nextMessage === 'ignored'
              ? formats.withDetail(
                  labels.logStatus.ignored ?? '',
                  labels.failureReason[step.meta['exclusionReason'] as FailureReasonId] ?? '',
                )
              : ui['playground.nextDeliveryTargeted']}
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
      {step.decisions.length > 0 && (
        <div>
          <dt>{ui['playground.decisions']}</dt>
          <dd data-testid="decisions">
            {step.decisions.map((id) => (
              <p key={id}>
                <a href={`${notesHref ?? ''}#${id.toLowerCase()}`}>
                  {fill(ui['text.labelled'], { label: id, value: decisionTitles?.[id] ?? '' })}
                </a>
              </p>
            ))}
          </dd>
        </div>
      )}
    </dl>
  );
}

/**
 * What the console shows at this step, beside the diagram: where the message is, its delivery log
 * status, what happens to Success %, and the failure reason.
 */
import type { StepView } from '~/machines/index.ts';
import type { LabelledStep } from '~/views/step.ts';
import { StatusBadge } from '../status/StatusBadge.tsx';
import type { UiStrings } from './types.ts';

export function StepStatus({ step, shown, ui }: { step: StepView; shown: LabelledStep; ui: UiStrings }) {
  return (
    <dl className="playground__status" data-testid="playground-status">
      <div>
        <dt>{ui['playground.state']}</dt>
        <dd data-testid="state">{shown.here}</dd>
      </div>
      {step.logStatus && (
        <div>
          <dt>{ui['playground.status']}</dt>
          <dd>
            <StatusBadge status={step.logStatus} label={shown.status} data-testid="log-status" />
          </dd>
        </div>
      )}
      {step.success && (
        <div>
          <dt>{ui['playground.success']}</dt>
          <dd data-testid="success-effect" data-effect={step.successEffect ?? ''}>
            {shown.effect ?? '—'}
          </dd>
        </div>
      )}
      {shown.reason && (
        <div>
          <dt>{ui['playground.reason']}</dt>
          <dd data-testid="failure">{shown.reason}</dd>
        </div>
      )}
    </dl>
  );
}

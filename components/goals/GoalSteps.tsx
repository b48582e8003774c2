import { i18n } from '#i18n';
import type { GoalRecord } from '@/lib/db/records';
import { StepCheckbox } from './StepCheckbox';

/** A goal's steps (on its card and its page), ticked off as the student goes (read-only while archived). */
export function GoalSteps({
  goal,
  onToggleStep,
  className = 'steps',
}: {
  goal: GoalRecord;
  onToggleStep: (stepId: string, done: boolean) => Promise<void>;
  className?: string;
}) {
  if (goal.steps.length === 0) return null;
  const doneCount = goal.steps.filter((s) => s.done).length;
  return (
    <fieldset className={className}>
      <legend>
        {i18n.t('goals.steps.legend')}{' '}
        <span className="progress">
          {i18n.t('goals.steps.progress', { done: doneCount, total: goal.steps.length })}
        </span>
      </legend>
      <progress max={goal.steps.length} value={doneCount} aria-hidden="true" />
      <ul>
        {goal.steps.map((step) => (
          <li key={step.id}>
            <StepCheckbox
              step={step}
              disabled={goal.status === 'archived'}
              onToggle={(done) => onToggleStep(step.id, done)}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

import type { GoalSlide } from '@/lib/conference/buildConferenceSlides';
import { countText } from '@/lib/conference/conferenceText';
import { CATEGORY_LABELS, STATUS_LABELS } from '@/lib/goals/goalText';

/** A goal as the student explains it: why, how they'll know, and how far they've got. */
export function GoalSlideBody({ slide }: { slide: GoalSlide }) {
  const { goal, stepsDone, stepsTotal } = slide;
  return (
    <div className={`conference-goal category-${goal.category}`}>
      <p className="conference-badges">
        <span className="conference-badge conference-category">
          {CATEGORY_LABELS[goal.category]}
        </span>
        <span className={`conference-badge conference-status-${goal.status}`}>
          {STATUS_LABELS[goal.status]}
        </span>
      </p>
      {goal.description && <p className="conference-lead">{goal.description}</p>}
      <dl className="conference-goal-details">
        {goal.whyItMatters && (
          <div>
            <dt>Why it matters to me</dt>
            <dd>{goal.whyItMatters}</dd>
          </div>
        )}
        {goal.successCriteria && (
          <div>
            <dt>I’ll know I’ve succeeded when</dt>
            <dd>{goal.successCriteria}</dd>
          </div>
        )}
        <div>
          <dt>Steps done</dt>
          <dd data-testid="conference-steps">
            {stepsTotal === 0 ? 'No steps planned yet' : `${stepsDone} of ${stepsTotal}`}
            {stepsTotal > 0 && (
              <progress
                className="conference-progress"
                value={stepsDone}
                max={stepsTotal}
                aria-label={`${stepsDone} of ${stepsTotal} steps done`}
              />
            )}
          </dd>
        </div>
      </dl>
      {stepsTotal > 0 && (
        <ul className="conference-steps" aria-label="Steps">
          {goal.steps.map((step) => (
            <li key={step.id} className={step.done ? 'done' : undefined}>
              <span aria-hidden="true">{step.done ? '✓' : '○'}</span> {step.text}
              <span className="sr-only">{step.done ? ' (done)' : ' (not done yet)'}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="conference-hint">
        {slide.itemCount > 0
          ? `${countText(slide.itemCount, 'piece', 'pieces')} of evidence to show`
          : 'No evidence to show for this goal yet'}
      </p>
    </div>
  );
}

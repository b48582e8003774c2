import { i18n } from '#i18n';
import type { GoalSlide } from '@/lib/conference/buildConferenceSlides';
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
            <dt>{i18n.t('conference.goalSlide.whyItMatters')}</dt>
            <dd>{goal.whyItMatters}</dd>
          </div>
        )}
        {goal.successCriteria && (
          <div>
            <dt>{i18n.t('conference.goalSlide.successCriteria')}</dt>
            <dd>{goal.successCriteria}</dd>
          </div>
        )}
        <div>
          <dt>{i18n.t('conference.goalSlide.stepsDone')}</dt>
          <dd data-testid="conference-steps">
            {stepsTotal === 0
              ? i18n.t('conference.goalSlide.noSteps')
              : i18n.t('conference.goalSlide.stepsProgress', {
                  done: String(stepsDone),
                  total: String(stepsTotal),
                })}
            {stepsTotal > 0 && (
              <progress
                className="conference-progress"
                value={stepsDone}
                max={stepsTotal}
                aria-label={i18n.t('conference.goalSlide.stepsProgressLabel', {
                  done: String(stepsDone),
                  total: String(stepsTotal),
                })}
              />
            )}
          </dd>
        </div>
      </dl>
      {stepsTotal > 0 && (
        <ul className="conference-steps" aria-label={i18n.t('conference.goalSlide.steps')}>
          {goal.steps.map((step) => (
            <li key={step.id} className={step.done ? 'done' : undefined}>
              <span aria-hidden="true">{step.done ? '✓' : '○'}</span> {step.text}
              <span className="sr-only">
                {' '}
                {step.done
                  ? i18n.t('conference.goalSlide.stepDone')
                  : i18n.t('conference.goalSlide.stepNotDone')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="conference-hint">
        {slide.itemCount > 0
          ? i18n.t('conference.goalEvidence', slide.itemCount)
          : i18n.t('conference.goalSlide.noEvidence')}
      </p>
    </div>
  );
}

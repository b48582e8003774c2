import { i18n } from '#i18n';
import type { GoalRecord, GoalStatus, SkillRecord } from '@/lib/db/records';
import { CATEGORY_LABELS } from '@/lib/goals/goalText';
import { routeToHash } from '@/lib/dashboard/dashboardRoute';
import { formatDay } from './formatDay';
import { GoalSteps } from './GoalSteps';

interface Props {
  goal: GoalRecord;
  skills: SkillRecord[];
  isFirst: boolean;
  isLast: boolean;
  onEdit: () => void;
  onMove: (direction: -1 | 1) => void;
  onSetStatus: (status: GoalStatus) => void;
  onToggleStep: (stepId: string, done: boolean) => Promise<void>;
}

export function GoalCard({
  goal,
  skills,
  isFirst,
  isLast,
  onEdit,
  onMove,
  onSetStatus,
  onToggleStep,
}: Props) {
  const headingId = `goal-${goal.id}-title`;

  const goalSkills = goal.skillIds
    .map((id) => skills.find((s) => s.id === id))
    .filter((s): s is SkillRecord => Boolean(s));

  return (
    <li
      className={`goal-card category-${goal.category}`}
      aria-labelledby={headingId}
      data-testid="goal-card"
    >
      <div className="goal-card-head">
        <span className="category-badge">{CATEGORY_LABELS[goal.category]}</span>
        <h3 id={headingId}>
          <a href={routeToHash({ view: 'goal', goalId: goal.id })}>{goal.title}</a>
        </h3>
        {goal.targetDate && (
          <span className="target-date">
            {i18n.t('goals.card.target', { date: formatDay(goal.targetDate) })}
          </span>
        )}
      </div>
      {goal.description && <p className="goal-description">{goal.description}</p>}
      {(goal.whyItMatters || goal.successCriteria) && (
        <dl className="goal-details">
          {goal.whyItMatters && (
            <>
              <dt>{i18n.t('goals.card.whyItMatters')}</dt>
              <dd>{goal.whyItMatters}</dd>
            </>
          )}
          {goal.successCriteria && (
            <>
              <dt>{i18n.t('goals.card.successCriteria')}</dt>
              <dd>{goal.successCriteria}</dd>
            </>
          )}
        </dl>
      )}
      {goalSkills.length > 0 && (
        <ul className="skill-chips" aria-label={i18n.t('goals.card.skills')}>
          {goalSkills.map((s) => (
            <li key={s.id}>{s.name}</li>
          ))}
        </ul>
      )}
      <GoalSteps goal={goal} onToggleStep={onToggleStep} />
      <div
        className="goal-actions"
        role="group"
        aria-label={i18n.t('goals.card.actionsFor', { title: goal.title })}
      >
        <button type="button" onClick={onEdit}>
          {i18n.t('goals.card.edit')}
        </button>
        <button
          type="button"
          onClick={() => onMove(-1)}
          disabled={isFirst}
          aria-label={i18n.t('goals.card.moveUpLabel', { title: goal.title })}
        >
          {i18n.t('goals.card.moveUp')}
        </button>
        <button
          type="button"
          onClick={() => onMove(1)}
          disabled={isLast}
          aria-label={i18n.t('goals.card.moveDownLabel', { title: goal.title })}
        >
          {i18n.t('goals.card.moveDown')}
        </button>
        {goal.status === 'active' && (
          <button type="button" onClick={() => onSetStatus('achieved')}>
            {i18n.t('goals.card.markAchieved')}
          </button>
        )}
        {goal.status === 'active' ? (
          <button type="button" onClick={() => onSetStatus('archived')}>
            {i18n.t('goals.card.archive')}
          </button>
        ) : (
          <button type="button" onClick={() => onSetStatus('active')}>
            {goal.status === 'archived'
              ? i18n.t('goals.card.restore')
              : i18n.t('goals.card.makeActive')}
          </button>
        )}
        {goal.status !== 'archived' && (
          <>
            <a
              className="button-link"
              href={routeToHash({ view: 'record', goalId: goal.id })}
              aria-describedby={headingId}
              data-testid="goal-reflect"
            >
              {i18n.t('goals.card.reflect')}
            </a>
            <a
              className="button-link"
              href={routeToHash({ view: 'prompt-sets', goalId: goal.id })}
              aria-describedby={headingId}
            >
              {i18n.t('goals.card.prompts')}
            </a>
          </>
        )}
      </div>
    </li>
  );
}

import { i18n } from '#i18n';
import type { Ref } from 'react';
import type { GoalRecord, SkillRecord } from '@/lib/db/records';
import { CATEGORY_LABELS, STATUS_LABELS } from '@/lib/goals/goalText';
import { formatDay } from '../goals/formatDay';

/** The goal's name, category, status and dates, and what the student wrote about it. */
export function GoalSummary({
  goal,
  skills,
  headingId,
  headingRef,
}: {
  goal: GoalRecord;
  skills: SkillRecord[];
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const goalSkills = skills.filter((s) => goal.skillIds.includes(s.id));
  return (
    <header className="goal-page-header">
      <div className="goal-page-meta">
        <span className="category-badge">{CATEGORY_LABELS[goal.category]}</span>
        <span className={`goal-status goal-status-${goal.status}`} data-testid="goal-status">
          {STATUS_LABELS[goal.status]}
          {goal.status === 'achieved' && goal.achievedAt !== null && (
            <>
              {' '}
              {i18n.t('goalPage.summary.achievedOn')}{' '}
              <time dateTime={new Date(goal.achievedAt).toISOString()}>
                {new Date(goal.achievedAt).toLocaleDateString()}
              </time>
            </>
          )}
        </span>
        {goal.targetDate && (
          <span className="target-date">
            {i18n.t('goals.card.target', { date: formatDay(goal.targetDate) })}
          </span>
        )}
      </div>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {goal.title}
      </h2>
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
        <ul className="skill-chips" aria-label={i18n.t('goalPage.summary.skills')}>
          {goalSkills.map((s) => (
            <li key={s.id}>{s.name}</li>
          ))}
        </ul>
      )}
    </header>
  );
}

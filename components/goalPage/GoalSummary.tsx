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
              on{' '}
              <time dateTime={new Date(goal.achievedAt).toISOString()}>
                {new Date(goal.achievedAt).toLocaleDateString()}
              </time>
            </>
          )}
        </span>
        {goal.targetDate && (
          <span className="target-date">Target: {formatDay(goal.targetDate)}</span>
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
              <dt>Why it matters to me</dt>
              <dd>{goal.whyItMatters}</dd>
            </>
          )}
          {goal.successCriteria && (
            <>
              <dt>I’ll know I’ve succeeded when</dt>
              <dd>{goal.successCriteria}</dd>
            </>
          )}
        </dl>
      )}
      {goalSkills.length > 0 && (
        <ul className="skill-chips" aria-label="Skills this goal builds">
          {goalSkills.map((s) => (
            <li key={s.id}>{s.name}</li>
          ))}
        </ul>
      )}
    </header>
  );
}

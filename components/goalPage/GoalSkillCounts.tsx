import { i18n } from '#i18n';
import { useId } from 'react';
import type { SkillCount } from '@/lib/goals/countItemsPerSkill';

/**
 * How much of this goal's evidence shows each skill. Every skill is listed,
 * zeros too, so the thin ones stand out; the goal's own skills are marked.
 */
export function GoalSkillCounts({
  counts,
  goalSkillIds,
}: {
  counts: SkillCount[];
  goalSkillIds: string[];
}) {
  const ids = useId();
  const most = Math.max(1, ...counts.map((c) => c.count));
  return (
    <section className="goal-skill-counts" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{i18n.t('goalPage.skillCounts.heading')}</h3>
      <p className="hint">{i18n.t('goalPage.skillCounts.hint')}</p>
      <ul>
        {counts.map(({ skill, count }) => (
          <li
            key={skill.id}
            className={count === 0 ? 'thin' : undefined}
            data-testid="goal-skill-count"
            data-skill-id={skill.id}
            data-count={count}
          >
            <span className="skill-count-name">
              {skill.name}
              {goalSkillIds.includes(skill.id) && (
                <span className="goal-skill-tag"> {i18n.t('goalPage.skillCounts.goalSkill')}</span>
              )}
            </span>
            <span className="skill-count-value">{i18n.t('goalPage.skillCountItems', count)}</span>
            <span className="skill-count-bar" aria-hidden="true">
              <span style={{ inlineSize: `${(count / most) * 100}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { i18n } from '#i18n';
import type { GoalRecord, SkillRecord } from '@/lib/db/records';
import { cellCount, type EvidenceCounts } from '@/lib/skillsMap/countEvidence';
import { cellLabel, evidenceCountText } from './skillsMapText';

export interface MapCell {
  skillId: string;
  goalId: string;
}

/**
 * Skills down the side, goals across the top, a count in each cell. Every
 * count is a button (Enter and Space work natively) that shows its evidence.
 */
export function SkillsMapTable({
  skills,
  goals,
  counts,
  selected,
  onSelect,
}: {
  skills: SkillRecord[];
  goals: GoalRecord[];
  counts: EvidenceCounts;
  selected: MapCell | null;
  onSelect: (cell: MapCell) => void;
}) {
  return (
    <div className="skills-map-scroll">
      <table className="skills-map" data-testid="skills-map">
        <caption>{i18n.t('skillsMap.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('skillsMap.table.skill')}</th>
            {goals.map((goal) => (
              <th scope="col" key={goal.id}>
                {goal.title}
                {goal.status === 'achieved' && (
                  <span className="skills-map-status">{i18n.t('skillsMap.table.achieved')}</span>
                )}
              </th>
            ))}
            <th scope="col" className="skills-map-total">
              {i18n.t('skillsMap.table.skillTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {skills.map((skill) => {
            const rowTotal = counts.perSkill.get(skill.id) ?? 0;
            return (
              <tr key={skill.id}>
                <th scope="row">{skill.name}</th>
                {goals.map((goal) => {
                  const count = cellCount(counts, skill.id, goal.id);
                  const isSelected = selected?.skillId === skill.id && selected.goalId === goal.id;
                  return (
                    <td
                      key={goal.id}
                      className={count === 0 ? 'skills-map-cell thin' : 'skills-map-cell'}
                    >
                      <button
                        type="button"
                        aria-pressed={isSelected}
                        aria-label={cellLabel(count, skill.name, goal.title)}
                        onClick={() => onSelect({ skillId: skill.id, goalId: goal.id })}
                      >
                        {count}
                      </button>
                    </td>
                  );
                })}
                <td
                  className={rowTotal === 0 ? 'skills-map-total thin' : 'skills-map-total'}
                  title={i18n.t('skillsMap.table.skillTotalTitle', {
                    evidence: evidenceCountText(rowTotal),
                    skill: skill.name,
                  })}
                >
                  {rowTotal}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{i18n.t('skillsMap.table.goalTotal')}</th>
            {goals.map((goal) => {
              const columnTotal = counts.perGoal.get(goal.id) ?? 0;
              return (
                <td
                  key={goal.id}
                  className={columnTotal === 0 ? 'skills-map-total thin' : 'skills-map-total'}
                >
                  {columnTotal}
                </td>
              );
            })}
            <td className="skills-map-total">{counts.total}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

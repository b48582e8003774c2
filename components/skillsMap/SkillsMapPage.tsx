import { useState } from 'react';
import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { listGoals } from '@/lib/goals/goalsRepo';
import { listSkills } from '@/lib/skills/skillsRepo';
import { countEvidence } from '@/lib/skillsMap/countEvidence';
import { evidenceForCell } from '@/lib/skillsMap/evidenceForCell';
import { goalsForMap } from '@/lib/skillsMap/goalsForMap';
import { useDatabase } from '../app/DatabaseProvider';
import { SkillsMapTable, type MapCell } from './SkillsMapTable';
import { CellEvidencePanel } from './CellEvidencePanel';
import { SkillsMapEmptyState } from './SkillsMapEmptyState';

/**
 * Transferable skills against goals, with evidence counts: the page a student
 * brings to a PLP conference to show where evidence is thin.
 */
export function SkillsMapPage() {
  const { db } = useDatabase();
  const skills = useLiveQuery(() => listSkills(db), [db]);
  const goals = useLiveQuery(() => listGoals(db), [db]);
  const counts = useLiveQuery(() => countEvidence(db), [db]);
  const [selected, setSelected] = useState<MapCell | null>(null);
  const cellItems = useLiveQuery(
    async () =>
      selected
        ? { cell: selected, items: await evidenceForCell(db, selected.skillId, selected.goalId) }
        : null,
    [db, selected],
  );

  const heading = <h2 id="skills-map-heading">{i18n.t('skillsMap.heading')}</h2>;
  if (!skills || !goals || !counts)
    return (
      <section aria-labelledby="skills-map-heading">
        {heading}
        <p role="status">{i18n.t('skillsMap.loading')}</p>
      </section>
    );

  const { columns, archivedCount } = goalsForMap(goals);
  const goalTitles = new Map(goals.map((goal) => [goal.id, goal.title]));
  // A cell whose goal was archived (or skill removed) since it was chosen shows nothing.
  const selectedSkill = selected && skills.find((skill) => skill.id === selected.skillId);
  const selectedGoal = selected && columns.find((goal) => goal.id === selected.goalId);
  const panelItems = cellItems?.cell === selected ? cellItems.items : undefined;

  return (
    <section aria-labelledby="skills-map-heading" className="skills-map-page">
      {heading}
      <p className="hint">{i18n.t('skillsMap.hint')}</p>
      <p className="hint" data-testid="skills-map-archived-note">
        {i18n.t('skillsMap.archivedNote', archivedCount)}
      </p>
      {columns.length === 0 ? (
        <SkillsMapEmptyState reason="no-goals" />
      ) : counts.total === 0 ? (
        <SkillsMapEmptyState reason="no-evidence" />
      ) : (
        <>
          <SkillsMapTable
            skills={skills}
            goals={columns}
            counts={counts}
            selected={selectedSkill && selectedGoal ? selected : null}
            onSelect={setSelected}
          />
          <p className="hint">{i18n.t('skillsMap.totalsHint')}</p>
          {selectedSkill && selectedGoal && (
            <CellEvidencePanel
              skillName={selectedSkill.name}
              goalTitle={selectedGoal.title}
              items={panelItems}
              goalTitles={goalTitles}
            />
          )}
        </>
      )}
    </section>
  );
}

import { i18n } from '#i18n';
import type { EvidenceRecord } from '@/lib/db/records';
import { EvidenceItem } from '../evidence/EvidenceItem';
import { evidenceCountText } from './skillsMapText';

/** The evidence behind the chosen cell, below the table, with the same links as My evidence. */
export function CellEvidencePanel({
  skillName,
  goalTitle,
  items,
  goalTitles,
}: {
  skillName: string;
  goalTitle: string;
  /** Undefined while loading. */
  items: EvidenceRecord[] | undefined;
  goalTitles: ReadonlyMap<string, string>;
}) {
  return (
    <section
      className="skills-map-panel"
      aria-labelledby="skills-map-panel-heading"
      data-testid="skills-map-panel"
    >
      <h3 id="skills-map-panel-heading">
        {i18n.t('skillsMap.panel.heading', { skill: skillName, goal: goalTitle })}
      </h3>
      {/* Announced when the student picks another cell, so a screen reader hears the result. */}
      <p className="hint" role="status">
        {items === undefined
          ? i18n.t('skillsMap.panel.loading')
          : i18n.t('skillsMap.panel.summary', {
              evidence: evidenceCountText(items.length),
              skill: skillName,
              goal: goalTitle,
            })}
      </p>
      {items?.length === 0 && <p>{i18n.t('skillsMap.panel.empty')}</p>}
      {items && items.length > 0 && (
        <ul
          className="evidence-list"
          aria-label={i18n.t('skillsMap.panel.listLabel', { skill: skillName, goal: goalTitle })}
        >
          {items.map((item) => (
            <EvidenceItem
              key={item.id}
              item={item}
              goalTitles={item.goalIds.flatMap((id) => goalTitles.get(id) ?? [])}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

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
        {skillName} in {goalTitle}
      </h3>
      {/* Announced when the student picks another cell, so a screen reader hears the result. */}
      <p className="hint" role="status">
        {items === undefined
          ? 'Loading…'
          : `${evidenceCountText(items.length)} for ${skillName} in ${goalTitle}.`}
      </p>
      {items?.length === 0 && (
        <p>
          Nothing shows this skill for this goal yet. When you clip something that does, tick both
          in the clip sheet, or use “Edit note and goals” on a clip in My evidence.
        </p>
      )}
      {items && items.length > 0 && (
        <ul className="evidence-list" aria-label={`Evidence for ${skillName} in ${goalTitle}`}>
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

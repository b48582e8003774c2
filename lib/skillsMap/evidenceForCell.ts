import type { PlpDatabase } from '../db/schema';
import type { EvidenceRecord } from '../db/records';

/**
 * The evidence behind one skills-map cell, newest first. The two indexes give
 * the matching ids without reading any record; only the intersection is loaded.
 */
export async function evidenceForCell(
  db: PlpDatabase,
  skillId: string,
  goalId: string,
): Promise<EvidenceRecord[]> {
  return db.transaction('r', db.evidence, async () => {
    const [withSkill, withGoal] = await Promise.all([
      db.evidence.where('skillIds').equals(skillId).primaryKeys(),
      db.evidence.where('goalIds').equals(goalId).primaryKeys(),
    ]);
    const goalSet = new Set(withGoal);
    const ids = withSkill.filter((id) => goalSet.has(id));
    const items = await db.evidence.bulkGet(ids);
    return items
      .filter((item): item is EvidenceRecord => item !== undefined && item.deletedAt === null)
      .sort((a, b) => b.capturedAt - a.capturedAt);
  });
}

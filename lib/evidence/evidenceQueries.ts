import type { PlpDatabase } from '../db/schema';
import type { EvidenceRecord } from '../db/records';
import { searchPrefix } from '../search/searchWords';

/** Items in the trash are left out of every list until restored. */
const live = (item: EvidenceRecord) => item.deletedAt === null;

/** Newest first is how a student browses evidence. */
function newestFirst(a: EvidenceRecord, b: EvidenceRecord): number {
  return b.capturedAt - a.capturedAt;
}

export async function evidenceForGoal(db: PlpDatabase, goalId: string): Promise<EvidenceRecord[]> {
  return (await db.evidence.where('goalIds').equals(goalId).toArray())
    .filter(live)
    .sort(newestFirst);
}

export async function evidenceForSkill(
  db: PlpDatabase,
  skillId: string,
): Promise<EvidenceRecord[]> {
  return (await db.evidence.where('skillIds').equals(skillId).toArray())
    .filter(live)
    .sort(newestFirst);
}

/** Items with a word starting with the query's first word, found through the word index. */
export async function evidenceByWordPrefix(
  db: PlpDatabase,
  query: string,
): Promise<EvidenceRecord[]> {
  const prefix = searchPrefix(query);
  if (!prefix) return [];
  // distinct(): an item with two matching words appears once.
  const items = await db.evidence.where('searchWords').startsWith(prefix).distinct().toArray();
  return items.filter(live).sort(newestFirst);
}

import type { PlpDatabase } from '../db/schema';
import type { EvidenceRecord } from '../db/records';
import { searchWords } from '../search/searchWords';

export type NewEvidence = Omit<EvidenceRecord, 'searchWords' | 'createdAt' | 'updatedAt'>;

/** Fills in the derived fields, so the word index always matches the text. */
export function toEvidenceRecord(item: NewEvidence, now: number): EvidenceRecord {
  return {
    ...item,
    searchWords: searchWords(item.title, item.note),
    createdAt: now,
    updatedAt: now,
  };
}

export async function addEvidence(
  db: PlpDatabase,
  items: readonly NewEvidence[],
  now: () => number = Date.now,
): Promise<void> {
  const at = now();
  await db.evidence.bulkAdd(items.map((item) => toEvidenceRecord(item, at)));
}

import type { PlpDatabase } from '../db/schema';
import type { EvidenceRecord } from '../db/records';
import { EVIDENCE_V2_DEFAULTS } from '../db/evidenceDefaults';
import { evidenceDerived } from '../db/derivedFields';

type DerivedField = 'searchWords' | 'sortTitle' | 'createdAt' | 'updatedAt';
type DefaultedField = keyof typeof EVIDENCE_V2_DEFAULTS | 'deletedAt';

/** A new item: the derived fields are computed, the page-context fields may be left out. */
export type NewEvidence = Omit<EvidenceRecord, DerivedField | DefaultedField> &
  Partial<Pick<EvidenceRecord, DefaultedField>>;

/** Fills in the derived fields, so the word index always matches the text. */
export function toEvidenceRecord(item: NewEvidence, now: number): EvidenceRecord {
  const full = { ...EVIDENCE_V2_DEFAULTS, deletedAt: null, ...item };
  return {
    ...full,
    ...evidenceDerived(full),
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

import type { PlpDatabase } from '../db/schema';
import type { EvidenceRecord } from '../db/records';

/** How many clips the recent list shows; the full, virtualised library is issue 5's. */
export const RECENT_EVIDENCE_LIMIT = 200;

/** The newest clips first, through the capturedAt index; the trash is left out. */
export function recentEvidence(
  db: PlpDatabase,
  limit = RECENT_EVIDENCE_LIMIT,
): Promise<EvidenceRecord[]> {
  return db.evidence
    .orderBy('capturedAt')
    .reverse()
    .filter((item) => item.deletedAt === null)
    .limit(limit)
    .toArray();
}

import type { PlpDatabase } from '../db/schema';

export interface EvidenceDetails {
  title: string;
  note: string;
  goalIds: string[];
  skillIds: string[];
}

export const EVIDENCE_TITLE_MAX = 500;

/** Saves what the student wrote on the clip sheet, keeping the word index in step with the text. */
export async function updateEvidenceDetails(
  db: PlpDatabase,
  id: string,
  details: EvidenceDetails,
  now: () => number = Date.now,
): Promise<void> {
  await db.transaction('rw', db.evidence, async () => {
    const item = await db.evidence.get(id);
    if (!item) throw new Error(`Clip ${id} no longer exists`);
    const title = details.title.trim().slice(0, EVIDENCE_TITLE_MAX) || item.pageTitle || item.url;
    await db.evidence.update(id, {
      title,
      note: details.note.trim(),
      goalIds: [...new Set(details.goalIds)],
      skillIds: [...new Set(details.skillIds)],
      updatedAt: now(),
    });
  });
}

/** Removes a clip the student discarded from the sheet, with all of its media. */
export async function discardEvidence(db: PlpDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.evidence, db.media, async () => {
    await db.media.where('ownerId').equals(id).delete();
    await db.evidence.delete(id);
  });
}

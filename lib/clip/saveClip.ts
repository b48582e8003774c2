import type { PlpDatabase } from '../db/schema';
import type { EvidenceRecord, MediaRecord } from '../db/records';
import { toEvidenceRecord, type NewEvidence } from '../evidence/evidenceRepo';

export interface ClipMedia {
  blob: Blob;
  /** Stored as given: Blob.type is lost when a Blob is rebuilt from bytes. */
  mimeType: string;
}

export interface ClipToSave extends Omit<
  NewEvidence,
  'id' | 'mediaId' | 'thumbnailMediaId' | 'partMediaIds'
> {
  main: ClipMedia | null;
  /** More images of the same clip: the lower parts of a very tall full-page screenshot. */
  extra?: ClipMedia[];
  thumbnail: ClipMedia | null;
}

/**
 * Stores a clip and its media in one transaction (strict durability, see
 * schema.ts): either the whole clip is saved or nothing is. Media rows point
 * at the clip through ownerId, so a clip's parts can always be found.
 */
export async function saveClip(
  db: PlpDatabase,
  clip: ClipToSave,
  deps: { now: () => number; newId: () => string },
): Promise<EvidenceRecord> {
  const id = deps.newId();
  const now = deps.now();
  const toMedia = (media: ClipMedia): MediaRecord => ({
    id: deps.newId(),
    ownerId: id,
    mimeType: media.mimeType,
    size: media.blob.size,
    blob: media.blob,
    createdAt: now,
  });
  const main = clip.main ? toMedia(clip.main) : null;
  const thumbnail = clip.thumbnail ? toMedia(clip.thumbnail) : null;
  const extra = (clip.extra ?? []).map(toMedia);
  const { main: _main, extra: _extra, thumbnail: _thumbnail, ...fields } = clip;
  const record = toEvidenceRecord(
    {
      ...fields,
      id,
      mediaId: main?.id ?? null,
      thumbnailMediaId: thumbnail?.id ?? null,
      partMediaIds: extra.map((part) => part.id),
    },
    now,
  );
  await db.transaction('rw', db.evidence, db.media, async () => {
    const media = [main, thumbnail, ...extra].filter((m): m is MediaRecord => m !== null);
    if (media.length > 0) await db.media.bulkAdd(media);
    await db.evidence.add(record);
  });
  return record;
}

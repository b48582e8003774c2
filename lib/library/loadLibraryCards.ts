import type { PlpDatabase } from '../db/schema';
import { mapLibraryRecords } from './mapLibraryRecords';
import type { EvidenceRecord, ReflectionRecord } from '../db/records';
import type { LibraryKey, LibraryKind } from './libraryQuery';

/** What a library row or tile shows; never the article text or media bytes. */
export interface LibraryCard extends LibraryKey {
  kind: LibraryKind;
  title: string;
  date: number;
  goalIds: string[];
  skillIds: string[];
  /** The start of the student's note. */
  notePreview: string;
  /** Clip thumbnail or reflection poster, a media id. */
  imageMediaId: string | null;
  /** The clip's saved copy or the reflection's video; null when there is none. */
  mediaId: string | null;
  faviconDataUrl: string | null;
  url: string | null;
  siteName: string | null;
  /** Recorded reflections: recording / processing / ready / failed. */
  status: ReflectionRecord['status'] | null;
  durationMs: number | null;
  deletedAt: number | null;
}

export const NOTE_PREVIEW_LENGTH = 160;

function preview(note: string): string {
  const flat = note.replace(/\s+/g, ' ').trim();
  return flat.length > NOTE_PREVIEW_LENGTH ? `${flat.slice(0, NOTE_PREVIEW_LENGTH - 1)}…` : flat;
}

export function evidenceCard(item: EvidenceRecord): LibraryCard {
  return {
    table: 'evidence',
    id: item.id,
    kind: item.kind,
    title: item.title || item.pageTitle || item.url,
    date: item.capturedAt,
    goalIds: item.goalIds,
    skillIds: item.skillIds,
    notePreview: preview(item.note),
    imageMediaId: item.thumbnailMediaId,
    mediaId: item.mediaId,
    faviconDataUrl: item.faviconDataUrl,
    url: item.url,
    siteName: item.siteName,
    status: null,
    durationMs: null,
    deletedAt: item.deletedAt,
  };
}

export function reflectionCard(item: ReflectionRecord): LibraryCard {
  return {
    table: 'reflections',
    id: item.id,
    kind: 'reflection',
    title: item.title,
    date: item.createdAt,
    goalIds: item.goalIds,
    skillIds: item.skillIds,
    notePreview: preview(item.note),
    imageMediaId: item.posterMediaId,
    mediaId: item.mediaId,
    faviconDataUrl: null,
    url: null,
    siteName: null,
    status: item.kind === 'recorded' ? item.status : null,
    durationMs: item.durationMs,
    deletedAt: item.deletedAt,
  };
}

/** Cards for the keys in the same order; an item deleted meanwhile is left out. */
export function loadLibraryCards(
  db: PlpDatabase,
  keys: readonly LibraryKey[],
): Promise<LibraryCard[]> {
  return mapLibraryRecords(db, keys, { evidence: evidenceCard, reflections: reflectionCard });
}

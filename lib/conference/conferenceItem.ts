import type { PlpDatabase } from '../db/schema';
import type {
  EvidenceKind,
  EvidenceRecord,
  ReflectionRecord,
  ReflectionStatus,
} from '../db/records';
import type { LibraryKey, LibraryKind } from '../library/libraryQuery';
import { mapLibraryRecords } from '../library/mapLibraryRecords';

/** What one item slide shows: the record's words and media ids, never a remote URL to load. */
export interface ConferenceItem extends LibraryKey {
  kind: LibraryKind;
  title: string;
  date: number;
  /** "What this shows about my learning"; for a written reflection, the reflection itself. */
  note: string;
  /** Clipped words to read from: the article's summary, the selection, a link's description. */
  excerpt: string | null;
  /** A stored image (screenshot, image clip, thumbnail or video poster). */
  imageMediaId: string | null;
  /** A full-page screenshot is very tall: the slide shows its top rather than shrinking it away. */
  tallImage: boolean;
  /** A recorded reflection's finished video, once processing is done. */
  videoMediaId: string | null;
  /** Recorded reflections only; null for clips and written reflections. */
  recordingStatus: ReflectionStatus | null;
  /** Where a clip came from, as words (the site's name or host), never a link. */
  source: string | null;
  goalIds: string[];
  skillIds: string[];
}

/** Enough words to read aloud from a slide; the whole article stays in the library. */
export const EXCERPT_MAX_LENGTH = 600;

/** Clip kinds whose main media is the picture itself. */
const IMAGE_KINDS = new Set<EvidenceKind>(['visible', 'fullpage', 'region', 'image']);

export function shortenExcerpt(text: string, max = EXCERPT_MAX_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // Cut at a word boundary so the slide never ends mid-word.
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function evidenceExcerpt(item: EvidenceRecord): string | null {
  const text =
    item.kind === 'article'
      ? item.excerpt || item.text
      : item.kind === 'selection'
        ? item.text
        : item.kind === 'link'
          ? (item.description ?? '')
          : '';
  const short = shortenExcerpt(text);
  return short || null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

export function evidenceConferenceItem(item: EvidenceRecord): ConferenceItem {
  const isImage = IMAGE_KINDS.has(item.kind) && item.mediaId !== null;
  return {
    table: 'evidence',
    id: item.id,
    kind: item.kind,
    title: item.title || item.pageTitle || item.url,
    date: item.capturedAt,
    note: item.note.trim(),
    excerpt: evidenceExcerpt(item),
    imageMediaId: isImage ? item.mediaId : item.thumbnailMediaId,
    tallImage: isImage && item.kind === 'fullpage',
    videoMediaId: null,
    recordingStatus: null,
    source: item.siteName || hostOf(item.url),
    goalIds: item.goalIds,
    skillIds: item.skillIds,
  };
}

export function reflectionConferenceItem(item: ReflectionRecord): ConferenceItem {
  const recorded = item.kind === 'recorded';
  return {
    table: 'reflections',
    id: item.id,
    kind: 'reflection',
    title: item.title,
    date: item.createdAt,
    note: item.note.trim(),
    excerpt: null,
    imageMediaId: item.posterMediaId,
    tallImage: false,
    videoMediaId: recorded && item.status === 'ready' ? item.mediaId : null,
    recordingStatus: recorded ? item.status : null,
    source: null,
    goalIds: item.goalIds,
    skillIds: item.skillIds,
  };
}

/** Items for the keys, in the same order; anything deleted or trashed since is left out. */
export function loadConferenceItems(
  db: PlpDatabase,
  keys: readonly LibraryKey[],
): Promise<ConferenceItem[]> {
  return mapLibraryRecords(db, keys, {
    evidence: (item) => (item.deletedAt === null ? evidenceConferenceItem(item) : null),
    reflections: (item) => (item.deletedAt === null ? reflectionConferenceItem(item) : null),
  });
}

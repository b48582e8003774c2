import type { NewEvidence } from '@/lib/evidence/evidenceRepo';
import type { MediaRecord, RecordingRecord, ReflectionRecord } from '@/lib/db/records';
import type { LibraryKey } from '@/lib/library/libraryQuery';

/** A link clip with no media; override what a test cares about. */
export function clip(id: string, overrides: Partial<NewEvidence> = {}): NewEvidence {
  return {
    id,
    kind: 'link',
    title: `Clip ${id}`,
    note: '',
    url: `https://example.org/${id}`,
    capturedAt: 1,
    goalIds: [],
    skillIds: [],
    contentHash: id,
    mediaId: null,
    ...overrides,
  };
}

/**
 * A reflection row as the recorder leaves it. Its searchWords and sortTitle are
 * deliberately stale: the database's hooks must derive them on the way in.
 */
export function reflectionRow(
  id: string,
  overrides: Partial<ReflectionRecord> = {},
): ReflectionRecord {
  return {
    id,
    kind: 'written',
    title: `Reflection ${id}`,
    note: '',
    goalIds: [],
    skillIds: [],
    recordingId: null,
    mediaId: null,
    createdAt: 1,
    updatedAt: 1,
    status: 'ready',
    durationMs: null,
    posterMediaId: null,
    failure: null,
    processing: null,
    prompts: [],
    searchWords: ['stale'],
    sortTitle: 'stale',
    deletedAt: null,
    ...overrides,
  };
}

export function recordingRow(id: string, reflectionId: string): RecordingRecord {
  return {
    id,
    reflectionId,
    status: 'stopped',
    source: 'tab',
    microphone: true,
    webcam: false,
    fps: 15,
    mimeType: 'video/webm',
    createdAt: 1,
    countdownEndsAt: null,
    startedAt: 1,
    pausedAt: null,
    pausedTotalMs: 0,
    endedAt: 2,
    heartbeatAt: 2,
    chunkCount: 1,
    bytes: 1,
    maxMs: 900_000,
    stopReason: 'student',
    error: null,
  };
}

export function mediaRow(id: string, ownerId: string): MediaRecord {
  return {
    id,
    ownerId,
    mimeType: 'image/webp',
    size: 1,
    blob: new Blob(['x']),
    createdAt: 1,
  };
}

export const ev = (id: string): LibraryKey => ({ table: 'evidence', id });
export const rf = (id: string): LibraryKey => ({ table: 'reflections', id });

/** Keys as short strings ("e:a", "r:b"), so expected orders read at a glance. */
export const short = (keys: readonly LibraryKey[]) =>
  keys.map((key) => `${key.table === 'evidence' ? 'e' : 'r'}:${key.id}`);

export const DAY_MS = 24 * 60 * 60 * 1000;

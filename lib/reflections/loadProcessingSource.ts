import { Dexie } from 'dexie';
import type { PlpDatabase } from '../db/schema';
import type { RecordingRecord, ReflectionRecord } from '../db/records';
import type { ProcessRequest } from '../record/recorderControl';
import { activeElapsedMs } from '../record/activeElapsed';

/** What processing reads: the recording's chunks joined, or the reflection's current video. */
export interface ProcessingSource {
  from: 'chunks' | 'media';
  input: Blob;
  mimeType: string;
  /** How long the input should be, from the recorder's clock or the last verified output. */
  expectedDurationMs: number | null;
  fps: number;
}

const DEFAULT_FPS = 15;

/**
 * Picks the input for a processing request. Trim and "smaller" work on the
 * video the student has been watching when there is one; a first conversion
 * or a retry works on the chunks. Either falls back to the other, so a retry
 * works whichever is left. Null when neither exists.
 */
export async function loadProcessingSource(
  db: PlpDatabase,
  reflection: ReflectionRecord,
  request: Pick<ProcessRequest, 'mode' | 'trim'>,
): Promise<ProcessingSource | null> {
  const recording = reflection.recordingId
    ? await db.recordings.get(reflection.recordingId)
    : undefined;
  const media = reflection.mediaId ? await db.media.get(reflection.mediaId) : undefined;
  const fps = recording?.fps ?? DEFAULT_FPS;
  const preferMedia = request.trim !== null || request.mode === 'smaller';
  if (media && preferMedia) {
    return {
      from: 'media',
      input: media.blob,
      mimeType: media.mimeType,
      expectedDurationMs: reflection.durationMs,
      fps,
    };
  }
  const chunks = recording
    ? await db.recordingChunks
        .where('[recordingId+seq]')
        .between([recording.id, Dexie.minKey], [recording.id, Dexie.maxKey])
        .toArray()
    : [];
  if (recording && chunks.length > 0) {
    // A Blob of IndexedDB Blobs refers to them on disk: nothing is read into memory here.
    const input = new Blob(
      chunks.map((chunk) => chunk.blob),
      { type: recording.mimeType },
    );
    const lastChunkAt = chunks[chunks.length - 1]?.recordedAt ?? null;
    return {
      from: 'chunks',
      input,
      mimeType: recording.mimeType,
      expectedDurationMs: recordedDurationMs(recording, reflection, lastChunkAt),
      fps,
    };
  }
  if (media) {
    return {
      from: 'media',
      input: media.blob,
      mimeType: media.mimeType,
      expectedDurationMs: reflection.durationMs,
      fps,
    };
  }
  return null;
}

/**
 * The recorder's idea of the length. A cleanly stopped recording has it on
 * the reflection; a recovered one ended with its last saved chunk (anything
 * after that was lost with the crash), so never claim more than that.
 */
function recordedDurationMs(
  recording: RecordingRecord,
  reflection: ReflectionRecord,
  lastChunkAt: number | null,
): number | null {
  if (recording.status !== 'interrupted' && reflection.durationMs !== null) {
    return reflection.durationMs;
  }
  if (recording.startedAt === null) return null;
  const end = recording.endedAt ?? lastChunkAt;
  if (end === null) return null;
  return activeElapsedMs(recording, Math.min(end, lastChunkAt ?? end)) || null;
}

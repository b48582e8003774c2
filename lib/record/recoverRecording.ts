import type { PlpDatabase } from '../db/schema';
import type { RecordingRecord } from '../db/records';
import type { ProcessRequest } from './recorderControl';
import { deleteRecordingData } from './deleteRecordingData';
import { hasFreshHeartbeat } from './isRecordingLive';
import { RECORDING_FAILURE_SENTENCES } from './recordingFailureSentences';
import { holdsRecordedMedia } from './holdsRecordedMedia';

export interface RecoverRecordingDeps {
  db: PlpDatabase;
  now: () => number;
  /** Usually RecorderControl.process, so the page can cancel it like any other job. */
  process: (request: ProcessRequest) => Promise<void>;
}

export type MarkRecoveredResult =
  /** Stopped and ready for processing: its chunks will become the video. */
  | { outcome: 'recovered'; reflectionId: string; chunkCount: number }
  /** Nothing had been recorded: the rows are gone. */
  | { outcome: 'empty'; reflectionId: string }
  /** Its host is still beating: left alone. */
  | { outcome: 'live'; reflectionId: string }
  | { outcome: 'not-found' };

export type RecoverRecordingResult =
  | Exclude<MarkRecoveredResult, { outcome: 'recovered' }>
  /** Its chunks are being turned into a video; `processing` settles when that ends. */
  | { outcome: 'recovering'; reflectionId: string; chunkCount: number; processing: Promise<void> };

const FEW_CHUNKS = 4;

const INTERRUPTED_MESSAGE = RECORDING_FAILURE_SENTENCES.interrupted;

/**
 * Saves what a dead host left behind, then processes it (without waiting
 * for processing: `processing` says when it ends).
 */
export async function recoverRecording(
  deps: RecoverRecordingDeps,
  recordingId: string,
): Promise<RecoverRecordingResult> {
  const marked = await markRecordingRecovered(deps.db, recordingId, deps.now());
  if (marked.outcome !== 'recovered') return marked;
  const { reflectionId, chunkCount } = marked;
  const processing = deps
    .process({ reflectionId, mode: 'auto', trim: null })
    .catch(() => undefined); // The processor records its own failure on the reflection.
  return { outcome: 'recovering', reflectionId, chunkCount, processing };
}

/**
 * The database half of recovery, for a page that then calls process itself.
 * First the row is marked "interrupted", so nothing mistakes it for live;
 * then it becomes an ordinary stopped recording that ended with its last
 * chunk, its reflection "processing". Without chunks, both rows are deleted.
 */
export async function markRecordingRecovered(
  db: PlpDatabase,
  recordingId: string,
  now: number,
): Promise<MarkRecoveredResult> {
  const claimed = await db.transaction('rw', db.recordings, async () => {
    const recording = await db.recordings.get(recordingId);
    if (!recording || recording.status === 'stopped') return null;
    if (hasFreshHeartbeat(recording, now)) return { recording, live: true };
    await db.recordings.update(recordingId, { status: 'interrupted' });
    return { recording, live: false };
  });
  if (!claimed) return { outcome: 'not-found' };
  const { recording } = claimed;
  const { reflectionId } = recording;
  if (claimed.live) return { outcome: 'live', reflectionId };

  const chunks = db.recordingChunks
    .where('[recordingId+seq]')
    .between([recordingId, -Infinity], [recordingId, Infinity]);
  const chunkCount = await chunks.count();
  // A few chunks are read to tell a header-only file from a short real one;
  // beyond that, seconds of recording were saved and hold frames.
  const empty =
    chunkCount === 0 ||
    (chunkCount <= FEW_CHUNKS && !(await holdsRecordedMedia(await chunks.toArray())));
  if (empty) {
    await deleteRecordingData(db, { recordingId, reflectionId });
    return { outcome: 'empty', reflectionId };
  }
  const last = await chunks.last();
  const endedAt = last?.recordedAt ?? recording.heartbeatAt;
  await db.transaction('rw', db.recordings, db.reflections, async () => {
    await db.recordings.update(recordingId, stoppedFields(recording, endedAt, chunkCount));
    await db.reflections.update(reflectionId, {
      status: 'processing',
      failure: null,
      processing: null,
      updatedAt: now,
    });
  });
  return { outcome: 'recovered', reflectionId, chunkCount };
}

function stoppedFields(
  recording: RecordingRecord,
  endedAt: number,
  chunkCount: number,
): Partial<RecordingRecord> {
  // A pause under way when the host died lasted until the end.
  const openPause = recording.pausedAt === null ? 0 : Math.max(0, endedAt - recording.pausedAt);
  return {
    status: 'stopped',
    stopReason: 'error',
    error: INTERRUPTED_MESSAGE,
    endedAt,
    pausedAt: null,
    pausedTotalMs: recording.pausedTotalMs + openPause,
    chunkCount,
  };
}

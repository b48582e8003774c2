import type { PlpDatabase } from '../db/schema';
import type { RecordingStopReason } from '../db/records';
import { activeElapsedMs, type ElapsedFields } from './activeElapsed';
import { NOTHING_SAVED, RECORDING_FAILURE_SENTENCES } from './recordingFailureSentences';

const TEXT_MAX = 2000;

export interface StoppedRecording {
  recordingId: string;
  reflectionId: string;
  elapsed: ElapsedFields;
  endedAt: number;
  reason: RecordingStopReason;
  error: string | null;
  chunkCount: number;
}

/**
 * Marks the recording stopped and moves its reflection on: to "processing"
 * when chunks were saved, or to "failed" with a reason when nothing was
 * (a disk full from the first second), so the student learns why.
 */
export async function saveStoppedRecording(
  db: PlpDatabase,
  stopped: StoppedRecording,
): Promise<void> {
  const { endedAt } = stopped;
  const durationMs = activeElapsedMs({ ...stopped.elapsed, pausedAt: null }, endedAt);
  await db.transaction('rw', db.recordings, db.reflections, async () => {
    await db.recordings.update(stopped.recordingId, {
      status: 'stopped',
      endedAt,
      pausedAt: null,
      pausedTotalMs: stopped.elapsed.pausedTotalMs,
      heartbeatAt: endedAt,
      stopReason: stopped.reason,
      error: stopped.error?.slice(0, TEXT_MAX) ?? null,
    });
    await db.reflections.update(
      stopped.reflectionId,
      stopped.chunkCount > 0
        ? { status: 'processing', durationMs, failure: null, updatedAt: endedAt }
        : { status: 'failed', failure: nothingSaved(stopped), updatedAt: endedAt },
    );
  });
}

function nothingSaved(stopped: StoppedRecording): string {
  const why =
    stopped.reason === 'quota'
      ? RECORDING_FAILURE_SENTENCES.outOfSpace
      : (stopped.error ?? RECORDING_FAILURE_SENTENCES.stoppedEarly);
  return `${NOTHING_SAVED} ${why}`.slice(0, TEXT_MAX);
}

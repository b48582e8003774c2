import type { PlpDatabase } from '../db/schema';
import type { RecordingRecord } from '../db/records';
import { HEARTBEAT_STALE_AFTER_MS, LIVE_RECORDING_STATUSES } from './isRecordingLive';

/**
 * Recordings whose host died mid-way (tab or offscreen document closed,
 * browser crash, extension update): they still say starting / countdown /
 * recording / paused but stopped beating. Plus any marked "interrupted"
 * whose recovery did not finish. Oldest first.
 */
export async function findInterruptedRecordings(
  db: PlpDatabase,
  now: number,
  staleAfterMs = HEARTBEAT_STALE_AFTER_MS,
): Promise<RecordingRecord[]> {
  const candidates = await db.recordings
    .where('status')
    .anyOf([...LIVE_RECORDING_STATUSES, 'interrupted'])
    .toArray();
  return candidates
    .filter(
      (recording) =>
        recording.status === 'interrupted' || now - recording.heartbeatAt >= staleAfterMs,
    )
    .sort((a, b) => a.createdAt - b.createdAt);
}

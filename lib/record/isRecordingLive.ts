import type { PlpDatabase } from '../db/schema';
import type { RecordingRecord, RecordingStatus } from '../db/records';

/** Statuses in which a host should be beating (every second). */
export const LIVE_RECORDING_STATUSES: readonly RecordingStatus[] = [
  'starting',
  'countdown',
  'recording',
  'paused',
];

/** Five missed heartbeats: the host is gone (tab closed, crash, update). */
export const HEARTBEAT_STALE_AFTER_MS = 5_000;

export function hasFreshHeartbeat(
  recording: Pick<RecordingRecord, 'status' | 'heartbeatAt'>,
  now: number,
  staleAfterMs = HEARTBEAT_STALE_AFTER_MS,
): boolean {
  return (
    LIVE_RECORDING_STATUSES.includes(recording.status) && now - recording.heartbeatAt < staleAfterMs
  );
}

/**
 * Whether a host is recording right now. The background asks before it lets
 * an extension update reload everything, and start() before it begins another.
 */
export async function isRecordingLive(
  db: PlpDatabase,
  now: number,
  staleAfterMs = HEARTBEAT_STALE_AFTER_MS,
): Promise<boolean> {
  const candidates = await db.recordings.where('status').anyOf(LIVE_RECORDING_STATUSES).toArray();
  return candidates.some((recording) => hasFreshHeartbeat(recording, now, staleAfterMs));
}

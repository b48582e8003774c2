import type { RecordingRecord } from '../db/records';

export type ElapsedFields = Pick<RecordingRecord, 'startedAt' | 'pausedAt' | 'pausedTotalMs'>;

/**
 * How much of the recording is actually in the video: wall time since it
 * started, minus every pause (the finished ones and the one under way).
 * Zero before recording began.
 */
export function activeElapsedMs(recording: ElapsedFields, now: number): number {
  if (recording.startedAt === null) return 0;
  const currentPause = recording.pausedAt === null ? 0 : Math.max(0, now - recording.pausedAt);
  return Math.max(0, now - recording.startedAt - recording.pausedTotalMs - currentPause);
}

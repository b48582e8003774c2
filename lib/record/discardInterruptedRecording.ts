import type { PlpDatabase } from '../db/schema';
import { deleteRecordingData } from './deleteRecordingData';
import { hasFreshHeartbeat } from './isRecordingLive';

/**
 * Throws away what a dead host left (the student chose not to keep it).
 * Returns false, deleting nothing, when the recording is missing or its host
 * turns out to be alive.
 */
export async function discardInterruptedRecording(
  deps: { db: PlpDatabase; now: () => number },
  recordingId: string,
): Promise<boolean> {
  const recording = await deps.db.recordings.get(recordingId);
  if (!recording || hasFreshHeartbeat(recording, deps.now())) return false;
  await deleteRecordingData(deps.db, { recordingId, reflectionId: recording.reflectionId });
  return true;
}

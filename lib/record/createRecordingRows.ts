import { reflectionDerived } from '../db/derivedFields';
import type { PlpDatabase } from '../db/schema';
import type { RecordingRecord, ReflectionRecord } from '../db/records';
import type { StartRecordingRequest } from './recorderControl';
import { hasFreshHeartbeat, LIVE_RECORDING_STATUSES } from './isRecordingLive';

/**
 * Writes the reflection ("recording") and its recording row ("starting") in
 * one transaction, unless another recording is live. Checking inside the
 * transaction means two pages starting at once cannot both win.
 * Returns false when another recording is live.
 */
export async function createRecordingRows(
  db: PlpDatabase,
  request: StartRecordingRequest,
  now: number,
): Promise<boolean> {
  const reflection: ReflectionRecord = {
    id: request.reflectionId,
    kind: 'recorded',
    title: request.title,
    note: '',
    goalIds: [...request.goalIds],
    skillIds: [...request.skillIds],
    recordingId: request.recordingId,
    mediaId: null,
    createdAt: now,
    updatedAt: now,
    status: 'recording',
    durationMs: null,
    posterMediaId: null,
    failure: null,
    processing: null,
    prompts: [...request.prompts],
    ...reflectionDerived({ title: request.title, note: '' }),
    deletedAt: null,
  };
  const recording: RecordingRecord = {
    id: request.recordingId,
    reflectionId: request.reflectionId,
    status: 'starting',
    source: request.source,
    microphone: request.microphone,
    webcam: request.webcam,
    fps: request.fps,
    mimeType: '',
    createdAt: now,
    countdownEndsAt: null,
    startedAt: null,
    pausedAt: null,
    pausedTotalMs: 0,
    endedAt: null,
    heartbeatAt: now,
    chunkCount: 0,
    bytes: 0,
    maxMs: request.maxMs,
    stopReason: null,
    error: null,
  };
  return db.transaction('rw', db.recordings, db.reflections, async () => {
    const live = await db.recordings.where('status').anyOf(LIVE_RECORDING_STATUSES).toArray();
    if (live.some((other) => hasFreshHeartbeat(other, now))) return false;
    await db.reflections.add(reflection);
    await db.recordings.add(recording);
    return true;
  });
}

/**
 * Runs inside an extension page (bundled by esbuild, evaluated over CDP like
 * seedEntry.ts). Leaves a recorded reflection exactly where the app leaves one
 * the moment Stop is pressed: its rows written by createRecordingRows, one raw
 * chunk saved by ChunkWriter, then moved on by saveStoppedRecording to
 * "processing". No video is made, so it stays "processing".
 */
import { getDb } from '../../../lib/db/db';
import { ChunkWriter } from '../../../lib/record/ChunkWriter';
import { createRecordingRows } from '../../../lib/record/createRecordingRows';
import { saveStoppedRecording } from '../../../lib/record/saveStoppedRecording';

export interface UnfinishedRecordingInput {
  title: string;
  goalIds: string[];
}

async function seedProcessingReflection(input: UnfinishedRecordingInput): Promise<string> {
  const db = getDb();
  const now = Date.now();
  const reflectionId = crypto.randomUUID();
  const recordingId = crypto.randomUUID();
  const started = await createRecordingRows(
    db,
    {
      recordingId,
      reflectionId,
      source: 'tab',
      tabStreamId: null,
      tabId: null,
      microphone: false,
      microphoneDeviceId: null,
      webcam: false,
      fps: 30,
      maxMs: 600_000,
      countdownMs: 0,
      title: input.title,
      goalIds: input.goalIds,
      skillIds: [],
      prompts: ['What did you learn?'],
    },
    now,
  );
  if (!started) throw new Error('Another recording is live; cannot seed one.');
  const failures: unknown[] = [];
  const writer = new ChunkWriter({ db, now: () => now }, recordingId, (e) => failures.push(e));
  writer.append(new Blob([new Uint8Array(4096).fill(7)], { type: 'video/webm' }));
  await writer.flush();
  if (failures.length > 0 || writer.chunkCount !== 1) throw new Error('Seeding a chunk failed.');
  await saveStoppedRecording(db, {
    recordingId,
    reflectionId,
    elapsed: { startedAt: now - 5_000, pausedAt: null, pausedTotalMs: 0 },
    endedAt: now,
    reason: 'student',
    error: null,
    chunkCount: writer.chunkCount,
  });
  return reflectionId;
}

// Assigned explicitly: an IIFE's top-level names don't become globals when evaluated.
(globalThis as { __plpSeedUnfinished?: unknown }).__plpSeedUnfinished = {
  seedProcessingReflection,
};

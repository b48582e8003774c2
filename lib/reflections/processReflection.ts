import type { PlpDatabase } from '../db/schema';
import type { ReflectionRecord } from '../db/records';
import type { CompressEngine, ConvertProgress } from '../compress/CompressEngine';
import { CompressError, isCompressError } from '../compress/CompressError';
import type { ProcessRequest } from '../record/recorderControl';
import { hasFreshHeartbeat } from '../record/isRecordingLive';
import { loadProcessingSource } from './loadProcessingSource';
import {
  CANCELLED_MESSAGE,
  NOTHING_TO_PROCESS_MESSAGE,
  processingFailureMessage,
} from './processingFailureMessage';
import { storeProcessedVideo } from './storeProcessedVideo';

export interface ProcessReflectionDeps {
  db: PlpDatabase;
  engine: CompressEngine;
  now: () => number;
  newId: () => string;
}

/** Pages watch the reflection with liveQuery; twice a second is smooth without flooding IndexedDB. */
const PROGRESS_WRITE_INTERVAL_MS = 500;

/**
 * Turns a reflection's recording (or its current video, for a trim or a
 * smaller copy) into a verified MP4 with a poster, and keeps the reflection
 * row up to date so every page can show progress.
 *
 * The original is deleted only in the same transaction that stores the
 * verified result; on any failure or cancel it stays, so calling this again
 * is the retry. Resolves once the outcome is in the database (ready, failed,
 * or back to ready after a cancel when there was a video already). Rejects
 * only if the trim is empty, the reflection doesn't exist or is still being
 * recorded (nothing is changed then), or even the failure could not be written.
 */
export async function processReflection(
  deps: ProcessReflectionDeps,
  request: ProcessRequest,
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  const { db, engine, now } = deps;
  const { signal } = options;
  const id = request.reflectionId;
  const { trim } = request;
  if (trim && !(trim.startMs >= 0 && trim.endMs > trim.startMs)) {
    throw new RangeError(`Trim ${trim.startMs}-${trim.endMs} ms keeps nothing`);
  }
  const reflection = await db.reflections.get(id);
  if (!reflection) throw new Error(`Reflection ${id} does not exist`);
  await refuseLiveRecording(db, reflection, now());

  const startedAt = now();
  const progress = createProgressWriter(db, id, startedAt, now);
  try {
    await db.reflections.update(id, {
      status: 'processing',
      failure: null,
      processing: { step: 'loading', ratio: 0, etaMs: null, startedAt },
      updatedAt: startedAt,
    });
    if (signal?.aborted) throw new CompressError('cancelled', 'cancelled before it started');
    const source = await loadProcessingSource(db, reflection, request);
    if (!source) {
      await progress.close();
      await recordOutcome(deps, id, { status: 'failed', failure: NOTHING_TO_PROCESS_MESSAGE });
      return;
    }
    const result = await engine.convert(
      {
        input: source.input,
        mimeType: source.mimeType,
        mode: request.mode,
        trim: request.trim,
        expectedDurationMs: source.expectedDurationMs,
        fps: source.fps,
      },
      { signal, onProgress: progress.report },
    );
    await progress.close();
    await storeProcessedVideo(deps, id, result);
  } catch (error) {
    await progress.close();
    const cancelled = signal?.aborted === true || isCompressError(error, 'cancelled');
    if (!cancelled) console.warn('[processReflection] failed', error);
    const current = await db.reflections.get(id).catch(() => undefined);
    if (!current) return;
    try {
      await recordOutcome(
        deps,
        id,
        cancelled && current.mediaId !== null
          ? { status: 'ready', failure: null }
          : {
              status: 'failed',
              failure: cancelled ? CANCELLED_MESSAGE : processingFailureMessage(error),
            },
      );
    } catch {
      // Even the failure can't be written (disk full, database gone): let the caller know.
      throw error;
    }
  }
}

async function refuseLiveRecording(
  db: PlpDatabase,
  reflection: ReflectionRecord,
  now: number,
): Promise<void> {
  if (!reflection.recordingId) return;
  const recording = await db.recordings.get(reflection.recordingId);
  // Its chunks are still growing: converting now would delete the ones still to come.
  if (recording && hasFreshHeartbeat(recording, now)) {
    throw new Error(`Reflection ${reflection.id} is still being recorded`);
  }
}

function recordOutcome(
  deps: Pick<ProcessReflectionDeps, 'db' | 'now'>,
  id: string,
  outcome: Pick<ReflectionRecord, 'status' | 'failure'>,
): Promise<number> {
  return deps.db.reflections.update(id, { ...outcome, processing: null, updatedAt: deps.now() });
}

/**
 * Writes progress at most twice a second, and at once when the step changes.
 * Writes run one after another so an older one never lands last; a failed
 * progress write is ignored (it is only for show).
 */
function createProgressWriter(
  db: PlpDatabase,
  id: string,
  startedAt: number,
  now: () => number,
): { report: (progress: ConvertProgress) => void; close: () => Promise<void> } {
  let lastStep: ConvertProgress['step'] | null = null;
  let lastAt = -Infinity;
  let closed = false;
  let chain: Promise<unknown> = Promise.resolve();
  return {
    report(progress) {
      if (closed) return;
      const at = now();
      if (progress.step === lastStep && at - lastAt < PROGRESS_WRITE_INTERVAL_MS) return;
      lastStep = progress.step;
      lastAt = at;
      const processing = { ...progress, startedAt };
      chain = chain.then(() => db.reflections.update(id, { processing })).catch(() => 0);
    },
    async close() {
      closed = true;
      await chain;
    },
  };
}

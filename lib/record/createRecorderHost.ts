import { describeStorageError } from '../db/describeStorageError';
import type { RecorderHostDeps } from './recorderHostDeps';
import type {
  ProcessRequest,
  RecorderControl,
  RecordingFailure,
  StartRecordingOutcome,
  StartRecordingRequest,
} from './recorderControl';
import { createRecordingRows } from './createRecordingRows';
import { deleteRecordingData } from './deleteRecordingData';
import { estimateMinutesThatFit } from './estimateMinutesThatFit';
import { recorderBitrates } from './pickRecorderFormat';
import { RecordingSession } from './RecordingSession';

export type { RecorderHostDeps } from './recorderHostDeps';

/** Below this the host refuses to start: not even a minute would be kept. */
export const MIN_MINUTES_TO_START = 1;

const ALREADY_RECORDING: StartRecordingOutcome = {
  ok: false,
  failure: { reason: 'already-recording', detail: 'Another recording is under way.' },
};

/**
 * The recording host: the offscreen document on Chromium, the dashboard tab
 * on Firefox. It runs at most one recording at a time, and processing jobs
 * (one per reflection, cancellable) once recordings are stored.
 */
export function createRecorderHost(deps: RecorderHostDeps): RecorderControl {
  const sessions = new Map<string, RecordingSession>();
  const jobs = new Map<string, { controller: AbortController; done: Promise<void> }>();

  async function process(request: ProcessRequest): Promise<void> {
    const previous = jobs.get(request.reflectionId);
    if (previous) {
      previous.controller.abort();
      await previous.done;
    }
    const controller = new AbortController();
    const done = deps.process(request, controller.signal).catch((error: unknown) => {
      // The processor writes its failures to the reflection; this is only a trace.
      if (!controller.signal.aborted) console.error('Processing failed', error);
    });
    jobs.set(request.reflectionId, { controller, done });
    await done;
    if (jobs.get(request.reflectionId)?.controller === controller) {
      jobs.delete(request.reflectionId);
    }
  }

  async function start(request: StartRecordingRequest): Promise<StartRecordingOutcome> {
    if ([...sessions.values()].some((session) => session.isLive)) return ALREADY_RECORDING;
    const tooFull = await checkStorage(deps, request.fps);
    if (tooFull) return { ok: false, failure: tooFull };
    try {
      const created = await createRecordingRows(deps.db, request, deps.now());
      if (!created) return ALREADY_RECORDING;
    } catch (error) {
      const problem = describeStorageError(error);
      const reason = problem.kind === 'full' ? 'storage-full' : 'unknown';
      return { ok: false, failure: { reason, detail: problem.detail } };
    }
    const session = new RecordingSession(deps, request, {
      onStored: (reflectionId) => {
        void process({ reflectionId, mode: 'auto', trim: null });
      },
      onEnded: () => {
        if (sessions.get(request.recordingId) === session) sessions.delete(request.recordingId);
      },
    });
    sessions.set(request.recordingId, session);
    return session.begin();
  }

  async function discard(recordingId: string): Promise<void> {
    const session = sessions.get(recordingId);
    await session?.discard();
    const row = await deps.db.recordings.get(recordingId);
    const reflectionId = session?.request.reflectionId ?? row?.reflectionId;
    if (!reflectionId) return;
    jobs.get(reflectionId)?.controller.abort();
    await deleteRecordingData(deps.db, { recordingId, reflectionId });
  }

  return {
    hostedInThisPage: deps.hostedInThisPage,
    start,
    pause: async (recordingId) => sessions.get(recordingId)?.pause(),
    resume: async (recordingId) => sessions.get(recordingId)?.resume(),
    stop: async (recordingId) => sessions.get(recordingId)?.stop('student'),
    discard,
    process,
    cancelProcessing: async (reflectionId) => {
      jobs.get(reflectionId)?.controller.abort();
    },
  };
}

/** A failure when the disk cannot hold even a minute; unknown space never blocks. */
async function checkStorage(deps: RecorderHostDeps, fps: number): Promise<RecordingFailure | null> {
  let estimate: StorageEstimate;
  try {
    estimate = await deps.estimateStorage();
  } catch {
    return null;
  }
  const { videoBitsPerSecond, audioBitsPerSecond } = recorderBitrates(fps);
  const minutes = estimateMinutesThatFit(estimate, videoBitsPerSecond + audioBitsPerSecond);
  if (minutes >= MIN_MINUTES_TO_START) return null;
  return {
    reason: 'storage-full',
    detail: `Only about ${minutes} minutes of recording would fit on this device.`,
  };
}

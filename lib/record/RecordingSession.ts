import type { RecordingStopReason } from '../db/records';
import { describeStorageError } from '../db/describeStorageError';
import type { RecorderHostDeps } from './recorderHostDeps';
import type {
  RecordingFailure,
  StartRecordingOutcome,
  StartRecordingRequest,
} from './recorderControl';
import type { AcquiredStream } from './acquireRecordingStream';
import { activeElapsedMs, type ElapsedFields } from './activeElapsed';
import { ChunkWriter } from './ChunkWriter';
import { deleteRecordingData } from './deleteRecordingData';
import { prepareRecorder } from './prepareRecorder';
import { saveStoppedRecording } from './saveStoppedRecording';
import { waitForEvent } from './waitForEvent';

export const TIMESLICE_MS = 1_000;
export const HEARTBEAT_MS = 1_000;
const START_TIMEOUT_MS = 5_000;
/** Long enough for the last slice of a slow encoder; Firefox sometimes never says `stop`. */
const STOP_TIMEOUT_MS = 10_000;

export interface RecordingSessionHooks {
  /** Stopped with at least one chunk stored: time to process. */
  onStored(reflectionId: string): void;
  /** Over: stopped, discarded, or never started. */
  onEnded(): void;
}

type Phase = 'starting' | 'countdown' | 'recording' | 'paused' | 'stopping' | 'ended';

const noop = () => undefined;

/**
 * One recording from "starting" to "stopped": streams, countdown, recorder,
 * heartbeat, pause accounting, and the way out (student, length cap, full
 * disk, source ended, recorder error). Its rows already exist; every state
 * change is written so other pages follow it through the database.
 */
export class RecordingSession {
  private phase: Phase = 'starting';
  private acquired: AcquiredStream | null = null;
  private recorder: MediaRecorder | null = null;
  private recorderStopped: Promise<void> = Promise.resolve();
  private readonly writer: ChunkWriter;
  private heartbeat: number | null = null;
  private readonly elapsed: ElapsedFields = { startedAt: null, pausedAt: null, pausedTotalMs: 0 };
  private cancelFailure: RecordingFailure | null = null;
  private wakeCountdown: (() => void) | null = null;
  private beginning: Promise<StartRecordingOutcome> | null = null;
  private stopping: Promise<void> | null = null;
  private discarding = false;

  constructor(
    private readonly deps: RecorderHostDeps,
    readonly request: StartRecordingRequest,
    private readonly hooks: RecordingSessionHooks,
  ) {
    this.writer = new ChunkWriter(deps, request.recordingId, (error) => this.onWriteError(error));
  }

  get isLive(): boolean {
    return this.phase !== 'stopping' && this.phase !== 'ended';
  }

  /** Resolves once the recorder is running, or with why it could not start. */
  begin(): Promise<StartRecordingOutcome> {
    this.beginning ??= this.run().catch((error: unknown) => {
      const problem = describeStorageError(error);
      const reason = problem.kind === 'full' ? 'storage-full' : 'unknown';
      return this.failStart({ reason, detail: problem.detail });
    });
    return this.beginning;
  }

  async pause(): Promise<void> {
    if (this.phase !== 'recording' || !this.recorder) return;
    this.recorder.pause();
    const now = this.deps.now();
    this.phase = 'paused';
    this.elapsed.pausedAt = now;
    await this.update({ status: 'paused', pausedAt: now, heartbeatAt: now });
  }

  async resume(): Promise<void> {
    if (this.phase !== 'paused' || !this.recorder || this.elapsed.pausedAt === null) return;
    this.recorder.resume();
    const now = this.deps.now();
    this.phase = 'recording';
    this.elapsed.pausedTotalMs += now - this.elapsed.pausedAt;
    this.elapsed.pausedAt = null;
    await this.update({
      status: 'recording',
      pausedAt: null,
      pausedTotalMs: this.elapsed.pausedTotalMs,
      heartbeatAt: now,
    });
  }

  /** Resolves once every chunk is stored and the row says "stopped". */
  async stop(reason: RecordingStopReason, error: string | null = null): Promise<void> {
    if (this.phase === 'starting' || this.phase === 'countdown') {
      this.cancel(beforeStartFailure(reason, error));
      await this.begin();
      return;
    }
    if (this.phase === 'ended' && !this.stopping) return;
    this.stopping ??= this.finish(reason, error);
    return this.stopping;
  }

  /** Stops without storing the end or processing; the host deletes the rows. */
  async discard(): Promise<void> {
    this.discarding = true;
    this.writer.stopAccepting();
    await this.stop('student').catch(noop);
  }

  private async run(): Promise<StartRecordingOutcome> {
    this.heartbeat = this.deps.setInterval(() => this.tick(), HEARTBEAT_MS);
    const prepared = await prepareRecorder(this.deps, this.request);
    if (!prepared.ok) return this.failStart(prepared.failure);
    this.acquired = prepared.acquired;
    this.recorder = prepared.recorder;
    for (const { track, reason } of prepared.acquired.watched) {
      track.addEventListener('ended', () => this.onTrackEnded(reason, track.kind));
    }
    if (this.cancelFailure) return this.failStart(this.cancelFailure);
    await this.countdown();
    if (this.cancelFailure) return this.failStart(this.cancelFailure);

    const recorder = prepared.recorder;
    recorder.addEventListener('dataavailable', (event) => {
      this.writer.append((event as BlobEvent).data);
    });
    this.recorderStopped = new Promise((resolve) =>
      recorder.addEventListener('stop', () => resolve(), { once: true }),
    );
    const started = waitForEvent(recorder, ['start', 'error'], this.deps, START_TIMEOUT_MS);
    recorder.start(TIMESLICE_MS);
    const event = await started;
    if (event?.type !== 'start') {
      const detail = `The browser could not start recording (${errorText(event)}).`;
      return this.failStart({ reason: 'unsupported', detail });
    }
    if (this.cancelFailure) return this.failStart(this.cancelFailure);
    recorder.addEventListener('error', (failure) => {
      void this.stop('error', errorText(failure)).catch(noop);
    });
    const now = this.deps.now();
    this.phase = 'recording';
    this.elapsed.startedAt = now;
    await this.update({
      status: 'recording',
      startedAt: now,
      mimeType: recorder.mimeType || prepared.format.mimeType,
      heartbeatAt: now,
    });
    return { ok: true };
  }

  private async countdown(): Promise<void> {
    const now = this.deps.now();
    const ms = Math.max(0, this.request.countdownMs);
    this.phase = 'countdown';
    await this.update({ status: 'countdown', countdownEndsAt: now + ms, heartbeatAt: now });
    if (ms === 0 || this.cancelFailure) return;
    await new Promise<void>((resolve) => {
      const timer = this.deps.setTimeout(resolve, ms);
      this.wakeCountdown = () => {
        this.deps.clearTimeout(timer);
        resolve();
      };
    });
    this.wakeCountdown = null;
  }

  private cancel(failure: RecordingFailure): void {
    this.cancelFailure ??= failure;
    this.wakeCountdown?.();
  }

  private async failStart(failure: RecordingFailure): Promise<StartRecordingOutcome> {
    this.phase = 'ended';
    this.stopHeartbeat();
    this.writer.stopAccepting();
    if (this.recorder && this.recorder.state !== 'inactive') {
      try {
        this.recorder.stop();
      } catch {
        // It is going away either way.
      }
    }
    this.acquired?.release();
    await this.writer.flush();
    const { recordingId, reflectionId } = this.request;
    await deleteRecordingData(this.deps.db, { recordingId, reflectionId }).catch(noop);
    this.hooks.onEnded();
    return { ok: false, failure };
  }

  private async finish(reason: RecordingStopReason, error: string | null): Promise<void> {
    this.phase = 'stopping';
    const recorder = this.recorder;
    if (recorder && recorder.state !== 'inactive') {
      try {
        recorder.stop();
      } catch {
        // Already stopped by its own error; its stop event still comes.
      }
    }
    let timer = 0;
    await Promise.race([
      this.recorderStopped,
      new Promise<void>((resolve) => (timer = this.deps.setTimeout(resolve, STOP_TIMEOUT_MS))),
    ]);
    this.deps.clearTimeout(timer);
    this.stopHeartbeat();
    this.writer.stopAccepting();
    await this.writer.flush();
    this.acquired?.release();
    const endedAt = this.deps.now();
    if (this.elapsed.pausedAt !== null) {
      this.elapsed.pausedTotalMs += endedAt - this.elapsed.pausedAt;
      this.elapsed.pausedAt = null;
    }
    this.phase = 'ended';
    try {
      if (this.discarding) return;
      await saveStoppedRecording(this.deps.db, {
        recordingId: this.request.recordingId,
        reflectionId: this.request.reflectionId,
        elapsed: this.elapsed,
        endedAt,
        reason,
        error,
        chunkCount: this.writer.chunkCount,
      });
      if (this.writer.chunkCount > 0) this.hooks.onStored(this.request.reflectionId);
    } finally {
      this.hooks.onEnded();
    }
  }

  private tick(): void {
    const now = this.deps.now();
    void this.update({ heartbeatAt: now }).catch(noop);
    if (this.phase === 'recording' && activeElapsedMs(this.elapsed, now) >= this.request.maxMs) {
      void this.stop('max-length').catch(noop);
    }
  }

  private stopHeartbeat(): void {
    if (this.heartbeat !== null) this.deps.clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  private onTrackEnded(reason: 'source-ended' | 'device-lost', kind: string): void {
    const detail =
      reason === 'source-ended'
        ? 'Sharing stopped.'
        : `The ${kind === 'audio' ? 'microphone' : 'camera'} was disconnected.`;
    void this.stop(reason, detail).catch(noop);
  }

  private onWriteError(error: unknown): void {
    const problem = describeStorageError(error);
    void this.stop(problem.kind === 'full' ? 'quota' : 'error', problem.detail).catch(noop);
  }

  private async update(changes: Parameters<RecorderHostDeps['db']['recordings']['update']>[1]) {
    await this.deps.db.recordings.update(this.request.recordingId, changes);
  }
}

function beforeStartFailure(reason: RecordingStopReason, error: string | null): RecordingFailure {
  if (reason === 'source-ended') {
    return {
      reason: 'unknown',
      device: 'screen',
      detail: 'Sharing stopped before recording began.',
    };
  }
  return { reason: 'unknown', detail: error ?? 'Stopped before recording began.' };
}

function errorText(event: Event | null): string {
  if (!event) return 'no answer';
  const error = (event as Event & { error?: unknown }).error;
  if (error instanceof Error || (error && typeof error === 'object' && 'name' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return `${String(name)}: ${String(message ?? '')}`;
  }
  return event.type;
}

import type { RecordingSource } from '../db/records';

/** What the student chose on the setup screen, plus the ids the page made up front. */
export interface StartRecordingRequest {
  recordingId: string;
  reflectionId: string;
  source: RecordingSource;
  /**
   * Chromium "this tab" only: from tabCapture.getMediaStreamId, which works only
   * after the student invoked the extension on that tab (toolbar or menu).
   */
  tabStreamId: string | null;
  /** The tab being recorded, so the prompt and the sheet can name it. */
  tabId: number | null;
  microphone: boolean;
  microphoneDeviceId: string | null;
  webcam: boolean;
  fps: 15 | 30;
  maxMs: number;
  countdownMs: number;
  title: string;
  goalIds: string[];
  skillIds: string[];
  prompts: string[];
}

export type StartRecordingOutcome = { ok: true } | { ok: false; failure: RecordingFailure };

/** Why a recording could not start or had to stop, as a reason the UI turns into words. */
export interface RecordingFailure {
  reason:
    | 'permission-denied'
    | 'no-device'
    | 'picker-cancelled'
    | 'tab-not-invoked'
    | 'unsupported'
    | 'storage-full'
    | 'already-recording'
    | 'host-unavailable'
    | 'unknown';
  /** Which device or source, for the message ("microphone", "camera", "screen", "tab"). */
  device?: 'microphone' | 'camera' | 'screen' | 'tab';
  detail: string;
}

export interface ProcessRequest {
  reflectionId: string;
  /** remux: keep the browser's H.264 (fast); smaller: re-encode with x264. */
  mode: 'auto' | 'smaller';
  /** Cut to [startMs, endMs) of the current media; null keeps all of it. */
  trim: { startMs: number; endMs: number } | null;
}

/**
 * How a page drives the recording host. On Chromium the host is the offscreen
 * document (messages); on Firefox it is the dashboard tab itself (direct calls).
 * Progress and state come back through the database (recordings, reflections),
 * which every extension page watches with liveQuery: never through this interface.
 */
export interface RecorderControl {
  start(request: StartRecordingRequest): Promise<StartRecordingOutcome>;
  pause(recordingId: string): Promise<void>;
  resume(recordingId: string): Promise<void>;
  stop(recordingId: string): Promise<void>;
  /** Throws the recording away: chunks, rows and all. */
  discard(recordingId: string): Promise<void>;
  /** Turns stored chunks (or an existing video for trim / smaller) into the verified MP4. */
  process(request: ProcessRequest): Promise<void>;
  cancelProcessing(reflectionId: string): Promise<void>;
  /** Whether the host must stay in this tab (Firefox): the UI warns before closing. */
  readonly hostedInThisPage: boolean;
}

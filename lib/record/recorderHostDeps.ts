import type { PlpDatabase } from '../db/schema';
import type { ProcessRequest } from './recorderControl';

/** The clock and timers the host paces itself with; tests pass a fake clock. */
export interface RecorderTimers {
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  setInterval: (callback: () => void, ms: number) => number;
  clearInterval: (id: number) => void;
}

/**
 * Everything the recording host touches in the browser, passed in so the
 * state machine runs under unit tests with fakes.
 */
export interface RecorderHostDeps extends RecorderTimers {
  db: PlpDatabase;
  mediaDevices: Pick<MediaDevices, 'getUserMedia' | 'getDisplayMedia'>;
  MediaRecorder: typeof MediaRecorder;
  createAudioContext: () => AudioContext;
  createCanvas: (width: number, height: number) => HTMLCanvasElement | OffscreenCanvas;
  createVideoElement: () => HTMLVideoElement;
  /** Joins the video and the mixed audio into what MediaRecorder records. Defaults to `new MediaStream(tracks)`. */
  createMediaStream?: (tracks: MediaStreamTrack[]) => MediaStream;
  estimateStorage: () => Promise<StorageEstimate>;
  /** Turns the stored chunks into the finished video; records its own progress and errors. */
  process: (request: ProcessRequest, signal: AbortSignal) => Promise<void>;
  hostedInThisPage: boolean;
  isFirefox: boolean;
}

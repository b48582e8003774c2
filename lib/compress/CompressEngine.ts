/**
 * What the rest of the app sees of ffmpeg.wasm: one call that turns a
 * recording (or an existing video) into a verified MP4 with a poster frame.
 * createCompressEngine.ts makes the real one; tests pass a fake.
 */
export interface CompressEngine {
  convert(request: ConvertRequest, options?: ConvertOptions): Promise<ConvertedVideo>;
  /** Which core the next job starts on: 'st' once multi-threading was found broken here. */
  readonly core: 'mt' | 'st';
}

export interface ConvertRequest {
  /** The whole recording (chunks joined) or the stored video. Read in place, never copied whole. */
  input: Blob;
  /** What MediaRecorder produced or the stored video's type, e.g. video/webm;codecs=vp8,opus. */
  mimeType: string;
  /** auto: keep the browser's H.264 when there is one (fast); smaller: always re-encode with x264. */
  mode: 'auto' | 'smaller';
  /** Keep only [startMs, endMs) of the input; null keeps all of it. */
  trim: { startMs: number; endMs: number } | null;
  /**
   * How long the caller's clock says the input is (the recorder's timer).
   * Gives progress for WebM files that carry no duration, and catches an
   * output that lost part of the recording. Null when unknown.
   */
  expectedDurationMs: number | null;
  /** Frame rate of a re-encode; 15 keeps the cursor smooth on screen recordings. */
  fps: number;
}

export interface ConvertOptions {
  /** Aborting terminates ffmpeg at once; convert then rejects with CompressError 'cancelled'. */
  signal?: AbortSignal;
  onProgress?: (progress: ConvertProgress) => void;
}

/** The same step names as ReflectionRecord.processing.step. */
export type ConvertStep =
  'loading' | 'converting' | 'encoding' | 'trimming' | 'verifying' | 'poster';

export interface ConvertProgress {
  step: ConvertStep;
  /** 0..1 within the step. */
  ratio: number;
  /** Null until there is enough progress to estimate. */
  etaMs: number | null;
}

export interface ConvertedVideo {
  video: Blob;
  /** A 320 px wide JPEG; null if making it failed (the video is still good). */
  poster: Blob | null;
  durationMs: number;
  hasAudio: boolean;
  method: ConvertMethod;
  /** The core that did the work, for diagnostics and benchmarks. */
  core: 'mt' | 'st';
}

/**
 * remux: copy the browser's H.264, audio to AAC (or copied if already AAC);
 * reencode: x264 at a fixed frame rate, at most 720 p.
 */
export type ConvertMethod = 'remux' | 'reencode';

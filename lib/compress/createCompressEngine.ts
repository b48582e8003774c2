import { FFmpeg } from '@ffmpeg/ffmpeg';
import type {
  CompressEngine,
  ConvertedVideo,
  ConvertOptions,
  ConvertRequest,
} from './CompressEngine';
import { CompressError, type CompressErrorCode } from './CompressError';
import { convertVideo } from './convertVideo';
import { runInFreshFFmpeg, type CoreUrls, type FFmpegConstructor } from './runInFreshFFmpeg';

export interface CompressEngineOptions {
  /** Where the build put the cores, e.g. runtime.getURL('/') + 'ffmpeg/' (holds st/ and mt/). */
  coreBaseUrl: string;
  /** auto: try core-mt first and fall back to the single-thread core; never: single-thread only. */
  multiThread: 'auto' | 'never';
  /** Longest wait for a core to load; default 30 s (mt loads in 1.3-1.8 s here). */
  loadTimeoutMs?: number;
  /** Longest silence from ffmpeg before a job counts as hung; default 30 s. */
  stallTimeoutMs?: number;
  /** Injectable for tests; defaults to @ffmpeg/ffmpeg's FFmpeg. */
  FFmpegClass?: FFmpegConstructor;
}

/** Failures that mean "this core misbehaves here", not "this input is bad". */
const CORE_FAULTS: readonly CompressErrorCode[] = ['load-failed', 'stalled', 'crashed'];

/**
 * The compression engine of one page (offscreen document or dashboard tab).
 * Every job gets a fresh ffmpeg instance, terminated afterwards. It prefers
 * core-mt (1.75x faster on a 60 s re-encode here; it loads ~0.5 s slower, so
 * short clips gain nothing) and drops to the single-thread core for the rest
 * of the session when mt fails to load, hangs or crashes, or when the first
 * mt job fails and the same job then works single-threaded. Shared memory is
 * required for mt; without it (e.g. Firefox extension pages) st is used
 * straight away.
 *
 * No classWorkerURL is needed: WXT/Vite emits @ffmpeg/ffmpeg's own worker
 * (`new Worker(new URL('./worker.js', import.meta.url))`) as assets/worker-*.js
 * and rewrites the reference (checked in Chromium and Firefox builds).
 */
export function createCompressEngine(options: CompressEngineOptions): CompressEngine {
  const base = options.coreBaseUrl.endsWith('/') ? options.coreBaseUrl : `${options.coreBaseUrl}/`;
  const FFmpegClass = options.FFmpegClass ?? FFmpeg;
  const canThread = options.multiThread === 'auto' && typeof SharedArrayBuffer === 'function';
  let core: 'mt' | 'st' = canThread ? 'mt' : 'st';
  let mtProven = false;

  const urls = (which: 'mt' | 'st'): CoreUrls => ({
    coreURL: `${base}${which}/ffmpeg-core.js`,
    wasmURL: `${base}${which}/ffmpeg-core.wasm`,
    ...(which === 'mt' ? { workerURL: `${base}mt/ffmpeg-core.worker.js` } : {}),
  });

  const attempt = async (
    which: 'mt' | 'st',
    request: ConvertRequest,
    { signal, onProgress = () => {} }: ConvertOptions,
  ): Promise<ConvertedVideo> => {
    onProgress({ step: 'loading', ratio: 0, etaMs: null });
    const result = await runInFreshFFmpeg(
      {
        FFmpegClass,
        core: urls(which),
        threads: which === 'mt' ? 2 : null,
        loadTimeoutMs: options.loadTimeoutMs ?? 30_000,
        stallTimeoutMs: options.stallTimeoutMs ?? 30_000,
        signal,
      },
      (session) => convertVideo(session, request, onProgress),
    );
    return { ...result, core: which };
  };

  return {
    get core() {
      return core;
    },
    async convert(request, convertOptions = {}) {
      // A remux copies the video and encodes only audio, which is one thread's
      // work: the single-thread core loads about 1 s sooner and is as fast.
      if (core === 'st' || isLikelyRemux(request)) return attempt('st', request, convertOptions);
      try {
        const result = await attempt('mt', request, convertOptions);
        mtProven = true;
        return result;
      } catch (error) {
        if (convertOptions.signal?.aborted || !(error instanceof CompressError)) throw error;
        const coreFault = CORE_FAULTS.includes(error.code);
        // Once mt has worked here, an ffmpeg error is the input's fault: don't run it twice.
        if (!coreFault && mtProven) throw error;
        if (coreFault) core = 'st';
        const result = await attempt('st', request, convertOptions);
        core = 'st';
        return result;
      }
    },
  };
}

/** The browser's own H.264, kept as is: only the audio is converted. */
function isLikelyRemux(request: ConvertRequest): boolean {
  return request.mode === 'auto' && /avc1|h264/i.test(request.mimeType);
}

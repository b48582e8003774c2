import type { FFFSType, FFmpeg } from '@ffmpeg/ffmpeg';
import { CompressError } from './CompressError';
import { withThreadCount } from './withThreadCount';

/** The parts of @ffmpeg/ffmpeg's FFmpeg class we use; tests pass a fake class. */
export type FFmpegLike = Pick<
  FFmpeg,
  'load' | 'exec' | 'mount' | 'createDir' | 'readFile' | 'terminate' | 'on'
>;
export type FFmpegConstructor = new () => FFmpegLike;

/** runtime.getURL() addresses: blob: URLs of the core are refused in extension pages. */
export interface CoreUrls {
  coreURL: string;
  wasmURL: string;
  /** core-mt only: the pthread worker script. */
  workerURL?: string;
}

/** What a task can do with the ffmpeg instance it was given. */
export interface FFmpegSession {
  /** Makes the Blob readable at the returned path without copying it into the worker (WORKERFS). */
  mountInput(name: string, blob: Blob): Promise<string>;
  /** Runs ffmpeg; a non-zero exit code is returned, not thrown. */
  exec(
    args: string[],
    onLine?: (line: string) => void,
  ): Promise<{ exitCode: number; lines: string[] }>;
  readFile(path: string): Promise<Uint8Array>;
}

export interface RunOptions {
  FFmpegClass: FFmpegConstructor;
  core: CoreUrls;
  /** core-mt: added as `-threads N` to every exec; null for the single-thread core. */
  threads: number | null;
  /** Longest wait for the core to load. */
  loadTimeoutMs: number;
  /** Longest time without a log line or progress event before the job counts as hung. */
  stallTimeoutMs: number;
  signal?: AbortSignal;
}

/**
 * Runs one task on a brand-new ffmpeg instance and terminates it afterwards,
 * whatever happens: wasm memory never shrinks, so a reused instance would keep
 * the peak of every job before. A watchdog ends a job that goes quiet (core-mt
 * is known to hang in Chrome), and aborting the signal ends it at once.
 */
export async function runInFreshFFmpeg<T>(
  options: RunOptions,
  task: (session: FFmpegSession) => Promise<T>,
): Promise<T> {
  const { signal } = options;
  if (signal?.aborted) throw cancelled();
  const ffmpeg = new options.FFmpegClass();
  let stopError: CompressError | null = null;
  let rejectStopped: (error: CompressError) => void = () => {};
  const stopped = new Promise<never>((_, reject) => (rejectStopped = reject));
  stopped.catch(() => {}); // observed through Promise.race below
  const stop = (error: CompressError) => {
    if (stopError) return;
    stopError = error;
    // Reject first, then terminate: terminate() rejects the pending calls with
    // a generic error, and the caller must see why we stopped instead.
    rejectStopped(error);
    ffmpeg.terminate();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let watch: { ms: number; error: () => CompressError } | null = null;
  const arm = () => {
    clearTimeout(timer);
    if (watch) {
      const { ms, error } = watch;
      timer = setTimeout(() => stop(error()), ms);
    }
  };
  let lineListener: ((line: string) => void) | null = null;
  ffmpeg.on('log', ({ message }) => {
    arm();
    lineListener?.(message);
  });
  ffmpeg.on('progress', () => arm());
  const onAbort = () => stop(cancelled());
  signal?.addEventListener('abort', onAbort, { once: true });

  const guard = async <R>(promise: Promise<R>): Promise<R> => {
    try {
      return await Promise.race([promise, stopped]);
    } catch (error) {
      if (stopError) throw stopError;
      throw error;
    }
  };

  let mounts = 0;
  const session: FFmpegSession = {
    async mountInput(name, blob) {
      const dir = `/in${(mounts += 1)}`;
      await guard(ffmpeg.createDir(dir));
      const ok = await guard(
        ffmpeg.mount('WORKERFS' as FFFSType, { blobs: [{ name, data: blob }] }, dir),
      );
      if (!ok) throw new CompressError('crashed', 'WORKERFS is not available in this core');
      return `${dir}/${name}`;
    },
    async exec(args, onLine) {
      const lines: string[] = [];
      lineListener = (line) => {
        lines.push(line);
        onLine?.(line);
      };
      const finalArgs = options.threads ? withThreadCount(args, options.threads) : args;
      try {
        const exitCode = await guard(ffmpeg.exec(finalArgs));
        return { exitCode, lines };
      } catch (error) {
        if (error instanceof CompressError) throw error;
        throw new CompressError('crashed', `${String(error)}\n${lines.slice(-5).join('\n')}`, {
          cause: error,
        });
      } finally {
        lineListener = null;
      }
    },
    async readFile(path) {
      const data = await guard(ffmpeg.readFile(path));
      if (typeof data === 'string') throw new CompressError('crashed', `${path} read as text`);
      return data;
    },
  };

  try {
    watch = {
      ms: options.loadTimeoutMs,
      error: () =>
        new CompressError('load-failed', `the core did not load in ${options.loadTimeoutMs} ms`),
    };
    arm();
    try {
      await guard(ffmpeg.load({ ...options.core }));
    } catch (error) {
      if (error instanceof CompressError) throw error;
      throw new CompressError('load-failed', String(error), { cause: error });
    }
    watch = {
      ms: options.stallTimeoutMs,
      error: () =>
        new CompressError('stalled', `no progress for ${options.stallTimeoutMs / 1000} s`),
    };
    arm();
    return await guard(task(session));
  } finally {
    clearTimeout(timer);
    watch = null;
    signal?.removeEventListener('abort', onAbort);
    ffmpeg.terminate();
  }
}

function cancelled(): CompressError {
  return new CompressError('cancelled', 'the conversion was cancelled');
}

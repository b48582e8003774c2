import type { LogEvent, ProgressEvent } from '@ffmpeg/ffmpeg';
import type { FFmpegConstructor, FFmpegLike } from '@/lib/compress/runInFreshFFmpeg';
import { outputProbe, statsLine } from './ffmpegLogSamples';

/** How one exec ends: log these lines and exit, never answer, or throw like a crashed worker. */
export type ExecAnswer = { lines: string[]; exitCode: number } | 'hang' | 'crash';

export interface FakeBehaviour {
  load?: 'ok' | 'reject' | 'hang';
  exec?: (args: string[]) => ExecAnswer;
}

const TERMINATED = new Error('called FFmpeg.terminate()');

/**
 * Stands in for @ffmpeg/ffmpeg's FFmpeg: same methods, same order of events
 * (log lines arrive before exec resolves; terminate rejects what is pending),
 * scripted per core URL so a test can make core-mt misbehave.
 */
export function fakeFFmpeg(behaviourFor: (coreURL: string) => FakeBehaviour) {
  const instances: FakeInstance[] = [];

  class FakeInstance implements FFmpegLike {
    coreURL = '';
    loadConfig: Record<string, unknown> | null = null;
    execs: string[][] = [];
    mounts: { fsType: string; options: unknown; mountPoint: string }[] = [];
    dirs: string[] = [];
    terminated = 0;
    files = new Map<string, Uint8Array>();
    private logs: ((event: LogEvent) => void)[] = [];
    private progress: ((event: ProgressEvent) => void)[] = [];
    private pending = new Set<(error: unknown) => void>();

    constructor() {
      instances.push(this);
    }

    private never<T>(): Promise<T> {
      return new Promise<T>((_, reject) => this.pending.add(reject));
    }

    on: FFmpegLike['on'] = (event: 'log' | 'progress', callback: (e: never) => void) => {
      if (event === 'log') this.logs.push(callback as (e: LogEvent) => void);
      else this.progress.push(callback as (e: ProgressEvent) => void);
    };

    load: FFmpegLike['load'] = async (config = {}) => {
      this.loadConfig = { ...config };
      this.coreURL = String(config.coreURL);
      const mode = behaviourFor(this.coreURL).load ?? 'ok';
      if (mode === 'hang') return this.never();
      if (mode === 'reject') throw new Error('failed to import ffmpeg-core.js');
      return true;
    };

    exec: FFmpegLike['exec'] = async (args) => {
      this.execs.push(args);
      const answer = (behaviourFor(this.coreURL).exec ?? fakeMediaExec())(args);
      if (answer === 'hang') return this.never();
      if (answer === 'crash') {
        throw new TypeError("Cannot read properties of undefined (reading 'startsWith')");
      }
      for (const message of answer.lines) {
        this.logs.forEach((log) => log({ type: 'stderr', message }));
      }
      const output = args.at(-1) ?? '';
      if (answer.exitCode === 0 && args.at(-2) !== '-i') {
        this.files.set(output, new TextEncoder().encode(`contents of ${output}`));
      }
      return answer.exitCode;
    };

    mount: FFmpegLike['mount'] = async (fsType, options, mountPoint) => {
      this.mounts.push({ fsType, options, mountPoint });
      return true;
    };

    createDir: FFmpegLike['createDir'] = async (path) => {
      this.dirs.push(path);
      return true;
    };

    readFile: FFmpegLike['readFile'] = async (path) => {
      const data = this.files.get(path);
      if (!data) throw new Error(`ErrnoError: no such file ${path}`);
      return data;
    };

    terminate: FFmpegLike['terminate'] = () => {
      this.terminated += 1;
      for (const reject of this.pending) reject(TERMINATED);
      this.pending.clear();
    };

    /** For watchdog tests: a progress event with no log line. */
    emitProgress(): void {
      this.progress.forEach((p) => p({ progress: 0.5, time: 1 }));
    }
  }

  return { Class: FakeInstance as FFmpegConstructor, instances };
}

export type FakeInstance = ReturnType<typeof fakeFFmpeg>['instances'][number];

/**
 * A well-behaved ffmpeg: probing the input prints `inputProbe`, the main job
 * prints stats up to `outputMs` and writes /output.mp4, probing that prints
 * an MP4 of `outputMs` (with audio unless told otherwise), the poster works.
 */
export function fakeMediaExec(
  options: {
    inputProbe?: string[];
    outputMs?: number;
    outputHasAudio?: boolean;
    mainExitCode?: number;
    posterExitCode?: number;
  } = {},
): (args: string[]) => ExecAnswer {
  const { outputMs = 5020, outputHasAudio = true } = options;
  return (args) => {
    const last = args.at(-1) ?? '';
    const isProbe = args.at(-2) === '-i';
    if (isProbe && last === '/output.mp4') {
      return { lines: outputProbe(outputMs, outputHasAudio), exitCode: 1 };
    }
    if (isProbe) return { lines: options.inputProbe ?? [], exitCode: 1 };
    if (last === '/output.mp4') {
      const stats = [0.25, 0.5, 1].map((part) => statsLine(outputMs * part));
      return { lines: stats, exitCode: options.mainExitCode ?? 0 };
    }
    return { lines: [], exitCode: options.posterExitCode ?? 0 };
  };
}

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BenchMismatchError, type BenchRow, type Scenario } from '../scenarioTypes';
import { startLoadWatch } from '../machineLoad';
import { startFixtureServer } from '../../test/e2e/fixtureServer';
import { buildReencodeArgs } from '../../lib/compress/buildReencodeArgs';
import { buildRemuxArgs } from '../../lib/compress/buildRemuxArgs';
import { withThreadCount } from '../../lib/compress/withThreadCount';
import { ReflectionBench } from '../media/ReflectionBench';
import { watchPeakMemory } from '../media/browserMemory';
import {
  H264_RECORDING,
  screenRecording,
  VP8_RECORDING,
  type ScreenRecordingInput,
} from '../media/screenRecordingInputs';

// `BENCH_QUICK=1 npm run bench -- reflection-processing` skips the 15-minute job (about 5 minutes).
const QUICK = process.env.BENCH_QUICK === '1';
const FPS = 15;
const MB = 1024 * 1024;

function timeNative(args: string[]): number {
  const start = performance.now();
  execFileSync('/usr/bin/ffmpeg', ['-v', 'error', '-y', ...withThreadCount(args, 2)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return performance.now() - start;
}

/** SSIM of the output against the source at the output's frame rate and size, by native ffmpeg. */
function ssimAll(output: string, source: string): number {
  // ffmpeg prints the summary on stderr; -v info keeps that line.
  const log = execFileSync(
    '/bin/sh',
    [
      '-c',
      `/usr/bin/ffmpeg -hide_banner -i "${output}" -i "${source}" -lavfi ` +
        `"[1:v]fps=${FPS},scale=-2:720[ref];[0:v][ref]ssim" -f null - 2>&1`,
    ],
    { encoding: 'utf8', maxBuffer: 64 * MB },
  );
  const all = /SSIM .* All:([\d.]+)/.exec(log)?.[1];
  if (!all) throw new BenchMismatchError(`no SSIM in ffmpeg's output: ${log.slice(-500)}`);
  return Number(all);
}

/** A fast wrong answer is worthless: the video must be ready and as long as its input. */
function assertReady(
  result: { status: string; failure: string | null; durationMs: number | null },
  input: ScreenRecordingInput,
): void {
  const expectedMs = input.seconds * 1000;
  if (
    result.status !== 'ready' ||
    result.durationMs === null ||
    Math.abs(result.durationMs - expectedMs) > expectedMs * 0.01 + 100
  ) {
    throw new BenchMismatchError(
      `${input.path}: ${result.status} ${result.failure ?? ''}, ${result.durationMs} ms of ${expectedMs}`,
    );
  }
}

const roundNumbers = (_key: string, value: unknown) =>
  typeof value === 'number' ? Math.round(value * 1000) / 1000 : value;

/** The page the synthetic recording scrolls through: a real article, 1280 px wide. */
async function screenshotFixture(
  extension: Awaited<ReturnType<Parameters<Scenario['run']>[0]['extension']>>,
  path: string,
): Promise<void> {
  const server = await startFixtureServer();
  const page = await extension.context.newPage();
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(server.url('/pages/wikipedia/source.html'), { waitUntil: 'domcontentloaded' });
    await page.screenshot({ path, fullPage: true });
  } finally {
    await page.close();
    await server.close();
  }
}

export const reflectionProcessing: Scenario = {
  name: 'reflection-processing',
  description:
    'stop-to-ready of screencast reflections (default path: H.264 remux, Opus → AAC) for 1 and 5 minutes, ' +
    'and the x264 re-encode of 720p screen content, in the real offscreen document, vs native ffmpeg on the same input',
  async run(ctx) {
    const load = startLoadWatch();
    const cacheDir = join(ctx.rootDir, 'bench/.cache');
    mkdirSync(cacheDir, { recursive: true });
    const extension = await ctx.extension();
    const pagePng = join(cacheDir, 'wikipedia-1280.png');
    if (!existsSync(pagePng)) await screenshotFixture(extension, pagePng);
    const bench = await ReflectionBench.open(extension);
    const rows: BenchRow[] = [];
    const details: Record<string, unknown> = {};
    try {
      for (const minutes of [1, 5]) {
        const input = screenRecording(cacheDir, pagePng, H264_RECORDING, minutes);
        const wasm: number[] = [];
        const native: number[] = [];
        let last: Awaited<ReturnType<ReflectionBench['process']>> | undefined;
        for (let rep = 0; rep < (minutes === 1 ? 3 : 2); rep++) {
          const id = await bench.seedRecording(input);
          last = await bench.process(id, 'auto');
          assertReady(last, input);
          wasm.push(last.ms);
          native.push(
            timeNative(
              buildRemuxArgs({
                inputPath: input.path,
                outputPath: join(cacheDir, 'native-remux.mp4'),
                audio: 'aac',
                trim: null,
              }),
            ),
          );
        }
        const nativeLabel = `native ffmpeg remux, ${minutes} min (reference)`;
        rows.push({ label: nativeLabel, samplesMs: native });
        rows.push({
          label: `default path ${minutes} min: process → ready`,
          samplesMs: wasm,
          referenceLabel: nativeLabel,
        });
        details[`default${minutes}min`] = {
          mbPerMinute: last!.outputBytes / MB / minutes,
          durationMs: last!.durationMs,
        };
      }

      for (const minutes of QUICK ? [1] : [1, 15]) {
        const input = screenRecording(cacheDir, pagePng, VP8_RECORDING, minutes);
        const id = await bench.seedRecording(input);
        const stopWatch = watchPeakMemory(extension.profileDir);
        const result = await bench.process(id, 'smaller');
        const peakBytes = stopWatch();
        assertReady(result, input);
        const output = join(cacheDir, `wasm-reencode-${minutes}min.mp4`);
        await bench.saveVideo(id, output);
        const nativeOut = join(cacheDir, `native-reencode-${minutes}min.mp4`);
        const nativeMs = timeNative(
          buildReencodeArgs({ inputPath: input.path, outputPath: nativeOut, fps: FPS, trim: null }),
        );
        const nativeLabel = `native ffmpeg x264 re-encode, ${minutes} min (reference)`;
        rows.push({ label: nativeLabel, samplesMs: [nativeMs] });
        rows.push({
          label: `re-encode ${minutes} min (wasm)`,
          samplesMs: [result.ms],
          referenceLabel: nativeLabel,
        });
        details[`reencode${minutes}min`] = {
          realtimeFactor: input.seconds / (result.ms / 1000),
          nativeRealtimeFactor: input.seconds / (nativeMs / 1000),
          wasmOverNative: result.ms / nativeMs,
          mbPerMinute: statSync(output).size / MB / minutes,
          ssim: ssimAll(output, input.path),
          peakBrowserPssMB: peakBytes / MB,
        };
      }
    } finally {
      await bench.close();
    }
    return {
      rows,
      details,
      notes: [
        'Inputs: a Wikipedia fixture page scrolled at reading speed with pauses, 720p, made by native ffmpeg (bench/media/screenRecordingInputs.ts).',
        'Targets: 5-min stop-to-ready ≤ 2 s; re-encode ≥ 3.5× realtime and ≤ 4× native; ≤ 3 MB/min; SSIM ≥ 0.97; 15-min peak ≤ 1 GB.',
        ...Object.entries(details).map(
          ([key, value]) => `${key}: ${JSON.stringify(value, roundNumbers)}`,
        ),
        QUICK ? 'BENCH_QUICK=1: the 15-minute re-encode was skipped.' : '',
        load(),
      ].filter(Boolean),
    };
  },
};

import type { ConvertedVideo, ConvertProgress, ConvertRequest } from './CompressEngine';
import { CompressError } from './CompressError';
import { buildPosterArgs } from './buildPosterArgs';
import { buildProbeArgs } from './buildProbeArgs';
import { buildReencodeArgs } from './buildReencodeArgs';
import { buildRemuxArgs } from './buildRemuxArgs';
import { chooseConversion } from './chooseConversion';
import { createProgressTracker } from './createProgressTracker';
import { parseProbeLog } from './parseProbeLog';
import { parseProgressTime } from './parseProgressTime';
import type { FFmpegSession } from './runInFreshFFmpeg';
import { verifyOutput } from './verifyOutput';

// Outputs live in MEMFS (the WORKERFS input mount is read-only).
const OUTPUT_PATH = '/output.mp4';
const POSTER_PATH = '/poster.jpg';

/**
 * The whole conversion inside one ffmpeg instance: read the input's streams,
 * remux or re-encode (optionally trimmed), check the result, make a poster.
 * Everything but the poster must succeed, or it throws a CompressError.
 */
export async function convertVideo(
  session: FFmpegSession,
  request: ConvertRequest,
  report: (progress: ConvertProgress) => void,
  now: () => number = Date.now,
): Promise<Omit<ConvertedVideo, 'core'>> {
  const inputPath = await session.mountInput(
    `input.${fileExtension(request.mimeType)}`,
    request.input,
  );
  const probeRun = await session.exec(buildProbeArgs(inputPath));
  const input = parseProbeLog(probeRun.lines);
  if (!input.video) throw new CompressError('unreadable-input', tail(probeRun.lines));

  const conversion = chooseConversion(request, input);
  const { trim } = request;
  const totalMs = trim
    ? Math.max(0, Math.min(trim.endMs, input.durationMs ?? trim.endMs) - trim.startMs)
    : (input.durationMs ?? request.expectedDurationMs);
  const step = conversion.step;
  report({ step, ratio: 0, etaMs: null });
  const track = createProgressTracker(totalMs, now);
  let processedMs: number | null = null;
  const args =
    conversion.method === 'remux'
      ? buildRemuxArgs({ inputPath, outputPath: OUTPUT_PATH, audio: conversion.audio, trim })
      : buildReencodeArgs({ inputPath, outputPath: OUTPUT_PATH, fps: request.fps, trim });
  const run = await session.exec(args, (line) => {
    const time = parseProgressTime(line);
    if (time === null) return;
    processedMs = time;
    report({ step, ...track(time) });
  });
  if (run.exitCode !== 0) throw new CompressError('ffmpeg-failed', tail(run.lines));

  report({ step: 'verifying', ratio: 0, etaMs: null });
  const output = parseProbeLog((await session.exec(buildProbeArgs(OUTPUT_PATH))).lines);
  const durationMs = verifyOutput({
    input,
    output,
    processedMs,
    trim,
    expectedDurationMs: request.expectedDurationMs,
    videoCopied: conversion.method === 'remux',
  });

  report({ step: 'poster', ratio: 0, etaMs: null });
  const posterRun = await session.exec(
    buildPosterArgs({ inputPath: OUTPUT_PATH, outputPath: POSTER_PATH, durationMs }),
  );
  // A missing poster only costs a thumbnail; the verified video is what matters.
  const poster =
    posterRun.exitCode === 0
      ? new Blob([asArrayBuffer(await session.readFile(POSTER_PATH))], { type: 'image/jpeg' })
      : null;
  const video = new Blob([asArrayBuffer(await session.readFile(OUTPUT_PATH))], {
    type: 'video/mp4',
  });
  return { video, poster, durationMs, hasAudio: output.audio !== null, method: conversion.method };
}

/** ffmpeg guesses formats by content, but a matching extension avoids a wrong first guess. */
function fileExtension(mimeType: string): string {
  if (/mp4/i.test(mimeType)) return 'mp4';
  if (/matroska/i.test(mimeType)) return 'mkv';
  return 'webm';
}

function tail(lines: readonly string[]): string {
  return lines.slice(-8).join('\n');
}

/**
 * The worker transfers a fresh, whole buffer, so this copies nothing in
 * practice; a view into shared memory would be refused by Blob, so copy then.
 */
function asArrayBuffer(data: Uint8Array): ArrayBuffer {
  const { buffer } = data;
  if (
    buffer instanceof ArrayBuffer &&
    data.byteOffset === 0 &&
    data.byteLength === buffer.byteLength
  )
    return buffer;
  return data.slice().buffer as ArrayBuffer;
}

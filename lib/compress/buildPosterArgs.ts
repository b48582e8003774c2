import { ffmpegSeconds } from './trimInputArgs';

export const POSTER_WIDTH = 320;

/**
 * Where the poster frame comes from: 1 s in skips the black first frame and
 * the countdown's last moment, but a very short clip uses 10% of its length.
 */
export function posterTimeMs(durationMs: number): number {
  return Math.min(1000, Math.max(0, Math.floor(durationMs * 0.1)));
}

/** One JPEG frame, 320 px wide, from the finished video. */
export function buildPosterArgs(job: {
  inputPath: string;
  outputPath: string;
  durationMs: number;
}): string[] {
  return [
    '-hide_banner',
    '-ss',
    ffmpegSeconds(posterTimeMs(job.durationMs)),
    '-i',
    job.inputPath,
    '-frames:v',
    '1',
    '-vf',
    `scale=${POSTER_WIDTH}:-2`,
    '-q:v',
    '5',
    // One image, not an image sequence (silences image2's pattern warning).
    '-update',
    '1',
    job.outputPath,
  ];
}

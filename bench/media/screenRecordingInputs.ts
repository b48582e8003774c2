import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Inputs that behave like MediaRecorder's output of a 720p screencast, made
 * once with native ffmpeg and cached (bench/.cache, gitignored):
 * - the picture is a real web page (a fixture screenshot) scrolled at reading
 *   speed with pauses, so text and motion are what x264 meets in a reflection;
 * - the sound is a tone with noise at speech level, mono Opus as recorded;
 * - written to a pipe, so like MediaRecorder's there is no duration or index.
 */
export interface ScreenRecordingInput {
  path: string;
  mimeType: string;
  seconds: number;
}

const FFMPEG = '/usr/bin/ffmpeg';

function scrollingPageArgs(pagePng: string, seconds: number): string[] {
  // 8 s of scrolling at 60 px/s, then 4 s still (reading), repeating down the page.
  const y = "'mod(60*(floor(t/12)*8+min(mod(t,12),8)),ih-720)'";
  return [
    '-loop',
    '1',
    '-framerate',
    '30',
    '-t',
    String(seconds),
    '-i',
    pagePng,
    '-f',
    'lavfi',
    '-t',
    String(seconds),
    '-i',
    'sine=frequency=180:sample_rate=48000,volume=0.3[s];anoisesrc=a=0.02:r=48000[n];[s][n]amix',
    '-filter_complex',
    `[0:v]scale=1280:-2,crop=1280:720:0:${y},format=yuv420p[v]`,
    '-map',
    '[v]',
    '-map',
    '1:a',
    '-ac',
    '1',
  ];
}

function encode(output: string, args: string[]): void {
  const partial = `${output}.partial`;
  // Piped output: no seeking back, so no duration or cues, as from MediaRecorder.
  execFileSync(
    '/bin/sh',
    ['-c', `"${FFMPEG}" -v error -y ${args.map(quote).join(' ')} pipe:1 > "${partial}"`],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  renameSync(partial, output);
}

const quote = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`;

interface Variant {
  name: string;
  extension: string;
  mimeType: string;
  codecArgs: string[];
}

/** VP8 + Opus WebM at up to 2.5 Mbps, 30 fps: Chromium's or Firefox's recorder without H.264. */
export const VP8_RECORDING: Variant = {
  name: 'vp8',
  extension: 'webm',
  mimeType: 'video/webm;codecs=vp8,opus',
  codecArgs: [
    ...['-c:v', 'libvpx', '-b:v', '2500k', '-deadline', 'realtime', '-cpu-used', '8'],
    ...['-c:a', 'libopus', '-b:a', '64k', '-f', 'webm'],
  ],
};

/**
 * H.264 + Opus fragmented MP4 at 15 fps and about 1 Mbps with a keyframe every
 * 2 s: what this Chromium's MediaRecorder makes with the product's settings.
 */
export const H264_RECORDING: Variant = {
  name: 'h264',
  extension: 'mp4',
  mimeType: 'video/mp4;codecs=avc1,opus',
  codecArgs: [
    ...['-r', '15', '-c:v', 'libx264', '-preset', 'veryfast', '-tune', 'zerolatency'],
    ...['-b:v', '1000k', '-maxrate', '1200k', '-bufsize', '2000k', '-g', '30'],
    ...['-c:a', 'libopus', '-b:a', '64k'],
    ...['-movflags', 'frag_keyframe+empty_moov+default_base_moof', '-f', 'mp4'],
  ],
};

/**
 * A recording `minutes` long. One minute is encoded from the page; longer ones
 * repeat it with stream copy (seconds instead of minutes of encoding), which
 * changes nothing for a decoder or encoder reading it.
 */
export function screenRecording(
  cacheDir: string,
  pagePng: string,
  variant: Variant,
  minutes: number,
): ScreenRecordingInput {
  mkdirSync(cacheDir, { recursive: true });
  const base = join(cacheDir, `screen-${variant.name}-1min.${variant.extension}`);
  if (!existsSync(base)) encode(base, [...scrollingPageArgs(pagePng, 60), ...variant.codecArgs]);
  const path = join(cacheDir, `screen-${variant.name}-${minutes}min.${variant.extension}`);
  if (!existsSync(path)) {
    const list = join(cacheDir, `repeat-${variant.name}-${minutes}.txt`);
    writeFileSync(list, `file '${resolve(base)}'\n`.repeat(minutes));
    const format = variant.extension === 'webm' ? 'webm' : 'mp4';
    const movflags =
      format === 'mp4' ? ['-movflags', 'frag_keyframe+empty_moov+default_base_moof'] : [];
    encode(path, [
      '-f',
      'concat',
      '-safe',
      '0',
      '-i',
      list,
      '-c',
      'copy',
      ...movflags,
      '-f',
      format,
    ]);
  }
  return { path, mimeType: variant.mimeType, seconds: minutes * 60 };
}

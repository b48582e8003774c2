import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const FFPROBE_PATH = process.env.FFPROBE_PATH ?? '/usr/bin/ffprobe';
export const FFMPEG_PATH = process.env.FFMPEG_PATH ?? '/usr/bin/ffmpeg';

export interface ProbedVideo {
  /** ffprobe's container name, e.g. "mov,mp4,m4a,3gp,3g2,mj2". */
  formatName: string;
  durationSeconds: number;
  videoCodec: string | null;
  audioCodec: string | null;
  width: number | null;
  height: number | null;
}

/** What native ffprobe (not the product's ffmpeg.wasm) says the file is. */
export async function probeVideo(file: string): Promise<ProbedVideo> {
  const { stdout } = await run(FFPROBE_PATH, [
    '-v',
    'error',
    '-print_format',
    'json',
    '-show_format',
    '-show_streams',
    file,
  ]);
  const probed = JSON.parse(stdout) as {
    format: { format_name: string; duration?: string };
    streams: { codec_type: string; codec_name: string; width?: number; height?: number }[];
  };
  const video = probed.streams.find((s) => s.codec_type === 'video');
  const audio = probed.streams.find((s) => s.codec_type === 'audio');
  return {
    formatName: probed.format.format_name,
    durationSeconds: Number(probed.format.duration ?? NaN),
    videoCodec: video?.codec_name ?? null,
    audioCodec: audio?.codec_name ?? null,
    width: video?.width ?? null,
    height: video?.height ?? null,
  };
}

/**
 * Decodes every frame and sample with native ffmpeg and returns what it
 * reported at level "error": empty when the file decodes cleanly to the end.
 */
export async function decodeErrors(file: string): Promise<string> {
  const { stderr } = await run(FFMPEG_PATH, ['-v', 'error', '-i', file, '-f', 'null', '-'], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return stderr.trim();
}

/** The audio's loudest sample in dBFS (-91 or lower is digital silence), from native ffmpeg. */
export async function maxVolumeDb(file: string): Promise<number> {
  const { stderr } = await run(
    FFMPEG_PATH,
    ['-hide_banner', '-i', file, '-map', '0:a:0', '-af', 'volumedetect', '-f', 'null', '-'],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const match = /max_volume:\s*(-?[\d.]+|-inf) dB/.exec(stderr);
  if (!match)
    throw new Error(`ffmpeg volumedetect printed no max_volume:\n${stderr.slice(-2_000)}`);
  return match[1] === '-inf' ? -Infinity : Number(match[1]);
}

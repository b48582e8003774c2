import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const FFPROBE = process.env.FFPROBE_PATH || '/usr/bin/ffprobe';
const FFMPEG = process.env.FFMPEG_PATH || '/usr/bin/ffmpeg';
/** Decoding a long video with ffmpeg writes a lot to stderr on a bad file. */
const MAX_BUFFER = 64 * 1024 * 1024;

export interface MediaProbe {
  /** ffprobe's format duration; null when the container does not say (raw MediaRecorder WebM). */
  durationS: number | null;
  /** e.g. 'mov,mp4,m4a,3gp,3g2,mj2' or 'matroska,webm'. */
  formatName: string;
  /** The first video stream; codec as ffprobe names it ('h264', 'vp9', 'vp8'). */
  video: { codec: string; width: number; height: number } | null;
  /** The first audio stream ('opus', 'aac'). */
  audio: { codec: string } | null;
}

interface FfprobeJson {
  format?: { format_name?: string; duration?: string };
  streams?: { codec_type?: string; codec_name?: string; width?: number; height?: number }[];
}

/** Runs ffprobe on a file (throws with ffprobe's own message when it cannot read it). */
export async function probeMedia(file: string): Promise<MediaProbe> {
  const { stdout } = await run(
    FFPROBE,
    ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', file],
    { maxBuffer: MAX_BUFFER },
  );
  const json = JSON.parse(stdout) as FfprobeJson;
  const streams = json.streams ?? [];
  const video = streams.find((stream) => stream.codec_type === 'video');
  const audio = streams.find((stream) => stream.codec_type === 'audio');
  const duration = Number(json.format?.duration);
  return {
    durationS: Number.isFinite(duration) ? duration : null,
    formatName: json.format?.format_name ?? '',
    video: video
      ? { codec: video.codec_name ?? '', width: video.width ?? 0, height: video.height ?? 0 }
      : null,
    audio: audio ? { codec: audio.codec_name ?? '' } : null,
  };
}

/**
 * The presentation time (seconds) of the first video frame ffmpeg decodes when
 * seeking to `seconds`, or null when none decodes there (past the end, or a
 * broken file). `-copyts` keeps the file's own timestamps, so a test can check
 * the seek landed near where it asked, not just "something decoded".
 */
export async function decodedFrameTimeAt(file: string, seconds: number): Promise<number | null> {
  const args = ['-v', 'error', '-copyts', '-ss', String(seconds), '-i', file];
  // framemd5 prints one line per frame: "stream, dts, pts, duration, size, md5", after "#tb 0: 1/N".
  const output = await runFfmpeg([
    ...args,
    '-map',
    '0:v:0',
    '-frames:v',
    '1',
    '-f',
    'framemd5',
    '-',
  ]);
  if (!output.ok) return null;
  const timeBase = /^#tb 0: (\d+)\/(\d+)$/m.exec(output.stdout);
  const frame = output.stdout.split('\n').find((line) => /^\s*0,/.test(line));
  if (!timeBase || !frame) return null;
  const pts = Number(frame.split(',')[2]);
  return (pts * Number(timeBase[1])) / Number(timeBase[2]);
}

/** A seek check: whether a video frame decodes when seeking to `seconds`. */
export async function decodesAt(file: string, seconds: number): Promise<boolean> {
  return (await decodedFrameTimeAt(file, seconds)) !== null;
}

/**
 * Whether every stream decodes start to end with no error at all (ffmpeg
 * exits 0 and prints nothing at -v error). `decodeErrors` says what failed.
 */
export async function fullyDecodes(file: string): Promise<boolean> {
  return (await decodeErrors(file)) === '';
}

/** ffmpeg's error output from decoding the whole file; '' for a clean file. */
export async function decodeErrors(file: string): Promise<string> {
  // -enc_time_base -1 keeps each stream's own time base: otherwise the null
  // muxer rounds variable-frame-rate video (what MediaRecorder makes) onto a
  // 1/fps grid and reports "non monotonically increasing dts", which is no
  // decoding error.
  const output = await runFfmpeg([
    '-v',
    'error',
    '-i',
    file,
    '-enc_time_base',
    '-1',
    '-f',
    'null',
    '-',
  ]);
  return output.ok ? output.stderr.trim() : output.stderr.trim() || 'ffmpeg failed';
}

async function runFfmpeg(args: string[]): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(FFMPEG, ['-nostdin', ...args], { maxBuffer: MAX_BUFFER });
    return { ok: true, stdout, stderr };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, stdout: failed.stdout ?? '', stderr: failed.stderr ?? String(error) };
  }
}

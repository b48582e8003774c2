import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const FFPROBE = process.env.FFPROBE_PATH || '/usr/bin/ffprobe';

export interface StreamDurations {
  /** Seconds of the first video stream (its own duration, not the container's); null if none. */
  videoS: number | null;
  /** Seconds of the first audio stream; null if none. */
  audioS: number | null;
}

/**
 * The length of each stream, apart. probeMedia's durationS is the
 * container's, the longer of the two; on a starved CPU Chromium's
 * MediaRecorder can hand over up to ~0.6 s more audio than picture
 * (measured with two recording browsers on 2 cores), so a check of how
 * long the picture is reads the video stream.
 */
export async function streamDurations(file: string): Promise<StreamDurations> {
  const { stdout } = await run(FFPROBE, [
    '-v',
    'error',
    '-show_entries',
    'stream=codec_type,duration',
    '-of',
    'json',
    file,
  ]);
  const streams =
    (JSON.parse(stdout) as { streams?: { codec_type?: string; duration?: string }[] }).streams ??
    [];
  const of = (type: string) => {
    const value = Number(streams.find((stream) => stream.codec_type === type)?.duration);
    return Number.isFinite(value) ? value : null;
  };
  return { videoS: of('video'), audioS: of('audio') };
}

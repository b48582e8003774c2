import type { RecorderTimers } from './recorderHostDeps';
import { waitForEvent } from './waitForEvent';

export interface RecorderFormat {
  mimeType: string;
  videoBitsPerSecond: number;
  audioBitsPerSecond: number;
  /**
   * Chromium option (ignored elsewhere). Without it Chromium's H.264 MP4
   * hands over nothing until the stop (measured: the first 8 s came as one
   * slice at the end), so a crash would lose it all and memory would hold it
   * all; and its WebM gets almost no keyframes, so the video can't be seeked.
   */
  videoKeyFrameIntervalDuration: number;
}

/**
 * A keyframe (and so an MP4 fragment, which Chromium only emits at keyframes)
 * every second: a crash loses at most about 1-2 s, and trims and seeks land
 * close to where they were asked. Costs a few percent in size.
 */
export const KEYFRAME_INTERVAL_MS = 1_000;

export interface PickRecorderFormatDeps extends Pick<
  RecorderTimers,
  'setTimeout' | 'clearTimeout'
> {
  MediaRecorder: typeof MediaRecorder;
  isFirefox: boolean;
}

/** 720p screen content at 15 fps stays legible at about 1 Mbps; 30 fps needs more. */
export function recorderBitrates(
  fps: number,
): Pick<RecorderFormat, 'videoBitsPerSecond' | 'audioBitsPerSecond'> {
  return {
    videoBitsPerSecond: fps >= 30 ? 1_600_000 : 1_000_000,
    audioBitsPerSecond: 64_000,
  };
}

const PROBE_TIMEOUT_MS = 2_000;

/** Best first: H.264 lets processing remux instead of re-encode (seconds instead of minutes). */
export function recorderCandidates(hasAudio: boolean): string[] {
  const withAudio = (codecs: string) => (hasAudio ? `${codecs},opus` : codecs);
  return [
    `video/mp4;codecs=${withAudio('avc1')}`,
    `video/webm;codecs=${withAudio('vp9')}`,
    `video/webm;codecs=${withAudio('vp8')}`,
    'video/webm',
  ];
}

/**
 * The format this browser can really record this stream in, or null.
 * isTypeSupported is only a first filter: some Chromebooks claim H.264 and
 * then fail to open the encoder, so each candidate is started for real.
 * Firefox records only WebM, and its recorder never fires `stop` for
 * "vp8,opus" on a video-only stream, so it gets plain video/webm.
 */
export async function pickRecorderFormat(
  deps: PickRecorderFormatDeps,
  stream: MediaStream,
  fps = 15,
): Promise<RecorderFormat | null> {
  const options = { ...recorderBitrates(fps), videoKeyFrameIntervalDuration: KEYFRAME_INTERVAL_MS };
  const hasAudio = stream.getAudioTracks().length > 0;
  const candidates = deps.isFirefox ? ['video/webm'] : recorderCandidates(hasAudio);
  for (const mimeType of candidates) {
    if (!deps.MediaRecorder.isTypeSupported(mimeType)) continue;
    const format = { mimeType, ...options };
    if (deps.isFirefox || (await recordsFor(deps, stream, format))) return format;
  }
  return null;
}

async function recordsFor(
  deps: PickRecorderFormatDeps,
  stream: MediaStream,
  format: RecorderFormat,
): Promise<boolean> {
  let recorder: MediaRecorder;
  try {
    recorder = new deps.MediaRecorder(stream, format);
  } catch {
    return false;
  }
  const started = waitForEvent(recorder, ['start', 'error'], deps, PROBE_TIMEOUT_MS);
  try {
    recorder.start();
  } catch {
    return false;
  }
  const event = await started;
  if (recorder.state !== 'inactive') {
    // Wait for the probe to let go: a Chromebook has few hardware encoders.
    const stopped = waitForEvent(recorder, ['stop'], deps, PROBE_TIMEOUT_MS);
    try {
      recorder.stop();
      await stopped;
    } catch {
      // Already stopped by its own error.
    }
  }
  return event?.type === 'start';
}

import { CompressError } from './CompressError';
import type { ProbeInfo } from './parseProbeLog';

export interface OutputCheck {
  input: ProbeInfo;
  output: ProbeInfo;
  /** The last `time=` ffmpeg reported for the job: what it actually processed. */
  processedMs: number | null;
  trim: { startMs: number; endMs: number } | null;
  /** The caller's clock (recorder timer); catches a recording that lost a part. */
  expectedDurationMs: number | null;
  /** A stream-copy trim may keep up to one keyframe interval before the start. */
  videoCopied: boolean;
}

/** 1% of the length, but never less than a few frames at 15 fps (short clips). */
const toleranceMs = (ms: number) => Math.max(ms * 0.01, 250);
/** A stream-copy cut starts on the keyframe before the start; browsers' H.264 keyframes are a few seconds apart. */
const KEYFRAME_SLACK_MS = 10_000;
/** The recorder's clock runs from start() and includes start-up latency; allow that much shortfall. */
const clockShortfallMs = (ms: number) => Math.max(ms * 0.1, 3000);

/**
 * Refuses an output that is not what the student recorded, so the original
 * chunks are never deleted for a broken video: there must be video, audio if
 * the input had audio, and the length must match what was converted.
 * Throws CompressError 'verification-failed'.
 */
export function verifyOutput(check: OutputCheck): number {
  const { input, output } = check;
  const fail = (detail: string): never => {
    throw new CompressError('verification-failed', detail);
  };
  if (!output.video) fail('the output has no video stream');
  if (input.audio && !output.audio) fail('the input had audio but the output has none');
  const actual = output.durationMs;
  if (actual === null || actual <= 0) return fail('the output has no duration');

  const reference = referenceDuration(check);
  if (reference !== null) {
    const tolerance = toleranceMs(reference);
    const extra = check.trim && check.videoCopied ? KEYFRAME_SLACK_MS : 0;
    if (actual < reference - tolerance || actual > reference + tolerance + extra) {
      fail(`the output is ${actual} ms long, expected ${reference} ms`);
    }
  }
  const expected = check.trim ? null : check.expectedDurationMs;
  if (expected && actual < expected - clockShortfallMs(expected)) {
    fail(`the output is ${actual} ms long but the recording ran for ${expected} ms`);
  }
  return actual;
}

/**
 * How long the output must be. Untrimmed: the input's duration, or for a
 * WebM without one, how far ffmpeg got. Trimmed: the kept span, cut short by
 * the end of the input; `time=` counts from the cut, so it only bounds the
 * span when the input's own length is unknown.
 */
function referenceDuration(check: OutputCheck): number | null {
  const { trim, input, processedMs } = check;
  if (!trim) return input.durationMs ?? processedMs;
  const span = Math.max(0, trim.endMs - trim.startMs);
  if (input.durationMs !== null)
    return Math.max(0, Math.min(trim.endMs, input.durationMs) - trim.startMs);
  return processedMs === null ? span : Math.min(span, processedMs);
}

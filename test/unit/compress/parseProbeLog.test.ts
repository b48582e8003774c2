import { describe, expect, it } from 'vitest';
import { parseProbeLog } from '@/lib/compress/parseProbeLog';
import {
  CHROMIUM_MP4_PROBE,
  CHROMIUM_WEBM_PROBE,
  REMUX_JOB_LOG,
  VIDEO_ONLY_WEBM_PROBE,
  outputProbe,
} from './ffmpegLogSamples';

describe('parseProbeLog', () => {
  it("reads Chromium's WebM: VP8 and Opus, and no duration", () => {
    expect(parseProbeLog(CHROMIUM_WEBM_PROBE)).toEqual({
      durationMs: null,
      video: { codec: 'vp8', width: 1280, height: 720 },
      audio: { codec: 'opus' },
    });
  });

  it("reads Chromium's fragmented MP4: H.264 with a duration", () => {
    expect(parseProbeLog(CHROMIUM_MP4_PROBE)).toEqual({
      durationMs: 5010,
      video: { codec: 'h264', width: 1280, height: 720 },
      audio: { codec: 'opus' },
    });
  });

  it('knows a recording without a microphone has no audio, and odd sizes', () => {
    expect(parseProbeLog(VIDEO_ONLY_WEBM_PROBE)).toEqual({
      durationMs: null,
      video: { codec: 'vp9', width: 1366, height: 767 },
      audio: null,
    });
  });

  it("ignores a job's output streams: only the input counts", () => {
    // The output section lists AAC audio; the input's is Opus.
    expect(parseProbeLog(REMUX_JOB_LOG).audio).toEqual({ codec: 'opus' });
  });

  it('reads hours and minutes of a long output', () => {
    expect(parseProbeLog(outputProbe(3_723_450)).durationMs).toBe(3_723_450);
    expect(parseProbeLog(outputProbe(3_723_450)).audio).toEqual({ codec: 'aac' });
  });

  it('finds nothing in a log without an input (unreadable file)', () => {
    const lines = ['/in1/input.webm: Invalid data found when processing input', 'Aborted()'];
    expect(parseProbeLog(lines)).toEqual({ durationMs: null, video: null, audio: null });
  });
});

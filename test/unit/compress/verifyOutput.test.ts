import { describe, expect, it } from 'vitest';
import { verifyOutput, type OutputCheck } from '@/lib/compress/verifyOutput';
import { CompressError } from '@/lib/compress/CompressError';
import type { ProbeInfo } from '@/lib/compress/parseProbeLog';

const webmInput: ProbeInfo = {
  durationMs: null,
  video: { codec: 'vp8', width: 1280, height: 720 },
  audio: { codec: 'opus' },
};
const mp4 = (durationMs: number, audio = true): ProbeInfo => ({
  durationMs,
  video: { codec: 'h264', width: 1280, height: 720 },
  audio: audio ? { codec: 'aac' } : null,
});

const check = (overrides: Partial<OutputCheck>): OutputCheck => ({
  input: webmInput,
  output: mp4(60_000),
  processedMs: 60_010,
  trim: null,
  expectedDurationMs: null,
  videoCopied: false,
  ...overrides,
});

function failure(overrides: Partial<OutputCheck>): string {
  try {
    verifyOutput(check(overrides));
  } catch (error) {
    expect(error).toBeInstanceOf(CompressError);
    expect((error as CompressError).code).toBe('verification-failed');
    return (error as CompressError).detail;
  }
  throw new Error('expected verification to fail');
}

describe('verifyOutput', () => {
  it('accepts an output as long as what ffmpeg processed (WebM without duration) and returns its length', () => {
    expect(verifyOutput(check({}))).toBe(60_000);
  });

  it("compares with the input's own duration when it has one, within 1%", () => {
    expect(verifyOutput(check({ input: mp4(100_000), output: mp4(100_900) }))).toBe(100_900);
    expect(failure({ input: mp4(100_000), output: mp4(98_500) })).toMatch(
      /98500 ms long, expected 100000/,
    );
  });

  it('allows a few frames on short clips, where 1% is less than a frame', () => {
    expect(verifyOutput(check({ output: mp4(5_100), processedMs: 5_020 }))).toBe(5_100);
  });

  it('refuses an output without video', () => {
    expect(failure({ output: { ...mp4(60_000), video: null } })).toMatch(/no video/);
  });

  it('refuses an output that lost the sound', () => {
    expect(failure({ output: mp4(60_000, false) })).toMatch(/audio/);
  });

  it('accepts a silent output for a silent input', () => {
    expect(
      verifyOutput(check({ input: { ...webmInput, audio: null }, output: mp4(60_000, false) })),
    ).toBe(60_000);
  });

  it('refuses an output with no duration', () => {
    expect(failure({ output: { ...mp4(0), durationMs: null } })).toMatch(/no duration/);
  });

  it('refuses an output much shorter than the recorder ran (a lost part)', () => {
    // Self-consistent with ffmpeg, but the recorder ran for 10 minutes.
    expect(failure({ expectedDurationMs: 600_000 })).toMatch(/recording ran for 600000/);
    // Start-up latency and the last slice are within tolerance.
    expect(verifyOutput(check({ expectedDurationMs: 62_500 }))).toBe(60_000);
  });

  describe('trimmed', () => {
    const trim = { startMs: 10_000, endMs: 25_000 };

    it('expects the kept span', () => {
      expect(verifyOutput(check({ input: mp4(60_000), trim, output: mp4(15_050) }))).toBe(15_050);
      expect(failure({ input: mp4(60_000), trim, output: mp4(30_000) })).toMatch(/expected 15000/);
    });

    it('allows a stream-copy cut to start at the keyframe before', () => {
      expect(
        verifyOutput(check({ input: mp4(60_000), trim, output: mp4(18_400), videoCopied: true })),
      ).toBe(18_400);
      expect(failure({ input: mp4(60_000), trim, output: mp4(14_000), videoCopied: true })).toMatch(
        /expected 15000/,
      );
    });

    it('stops at the end of the input', () => {
      const pastEnd = { startMs: 50_000, endMs: 90_000 };
      expect(verifyOutput(check({ input: mp4(60_000), trim: pastEnd, output: mp4(10_000) }))).toBe(
        10_000,
      );
      // WebM without duration: what ffmpeg wrote bounds the span (time= counts from the cut).
      expect(verifyOutput(check({ trim: pastEnd, processedMs: 10_000, output: mp4(10_030) }))).toBe(
        10_030,
      );
    });

    it("ignores the recorder's clock (the student cut most of it)", () => {
      expect(
        verifyOutput(
          check({ input: mp4(60_000), trim, output: mp4(15_000), expectedDurationMs: 60_000 }),
        ),
      ).toBe(15_000);
    });
  });
});

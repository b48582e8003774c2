import { describe, expect, it } from 'vitest';
import { chooseConversion } from '@/lib/compress/chooseConversion';
import { parseProbeLog } from '@/lib/compress/parseProbeLog';
import { CHROMIUM_MP4_PROBE, CHROMIUM_WEBM_PROBE, outputProbe } from './ffmpegLogSamples';

const webm = parseProbeLog(CHROMIUM_WEBM_PROBE);
const chromiumMp4 = parseProbeLog(CHROMIUM_MP4_PROBE);
const ourMp4 = parseProbeLog(outputProbe(60_000));

describe('chooseConversion', () => {
  it("remuxes the browser's H.264 and converts its Opus", () => {
    expect(
      chooseConversion(
        { mimeType: 'video/mp4;codecs=avc1,opus', mode: 'auto', trim: null },
        chromiumMp4,
      ),
    ).toEqual({ method: 'remux', audio: 'aac', step: 'converting' });
  });

  it('re-encodes VP8/VP9 WebM (Firefox, Chromium without H.264)', () => {
    expect(chooseConversion({ mimeType: 'video/webm', mode: 'auto', trim: null }, webm)).toEqual({
      method: 'reencode',
      audio: 'aac',
      step: 'encoding',
    });
  });

  it('believes the file over its label', () => {
    expect(
      chooseConversion({ mimeType: 'video/mp4;codecs=avc1', mode: 'auto', trim: null }, webm)
        .method,
    ).toBe('reencode');
  });

  it('always re-encodes for "smaller", even H.264', () => {
    expect(
      chooseConversion({ mimeType: 'video/mp4', mode: 'smaller', trim: null }, ourMp4),
    ).toEqual({
      method: 'reencode',
      audio: 'aac',
      step: 'encoding',
    });
  });

  it('trims our own MP4 by copying both streams', () => {
    const trim = { startMs: 1000, endMs: 5000 };
    expect(chooseConversion({ mimeType: 'video/mp4', mode: 'auto', trim }, ourMp4)).toEqual({
      method: 'remux',
      audio: 'copy',
      step: 'trimming',
    });
    expect(chooseConversion({ mimeType: 'video/webm', mode: 'auto', trim }, webm).step).toBe(
      'trimming',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseProgressTime } from '@/lib/compress/parseProgressTime';
import { ENCODE_STATS, NEGATIVE_TIME_STATS } from './ffmpegLogSamples';

describe('parseProgressTime', () => {
  it('reads the output time of each stats line', () => {
    expect(ENCODE_STATS.map(parseProgressTime)).toEqual([30, 1350, 4230, 5020]);
  });

  it('returns null for lines without a time, and for time=N/A', () => {
    expect(parseProgressTime('Stream mapping:')).toBeNull();
    expect(parseProgressTime('frame=    0 fps=0.0 q=0.0 size=N/A time=N/A bitrate=N/A')).toBeNull();
  });

  it('keeps the sign of the negative time printed before the first frame', () => {
    expect(parseProgressTime(NEGATIVE_TIME_STATS)).toBeLessThan(0);
  });

  it('takes the last time when stats lines arrive joined', () => {
    expect(parseProgressTime(`${ENCODE_STATS[1]}\r${ENCODE_STATS[2]}`)).toBe(4230);
  });

  it('reads hours', () => {
    expect(parseProgressTime('size= 1kB time=01:02:03.50 bitrate=')).toBe(3_723_500);
  });
});

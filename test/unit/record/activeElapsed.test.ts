import { describe, expect, it } from 'vitest';
import { activeElapsedMs } from '@/lib/record/activeElapsed';
import { estimateMinutesThatFit } from '@/lib/record/estimateMinutesThatFit';

describe('activeElapsedMs', () => {
  it('is zero before recording starts', () => {
    expect(activeElapsedMs({ startedAt: null, pausedAt: null, pausedTotalMs: 0 }, 5_000)).toBe(0);
  });

  it('leaves out finished pauses and the pause under way', () => {
    const recording = { startedAt: 1_000, pausedAt: null, pausedTotalMs: 4_000 };
    expect(activeElapsedMs(recording, 21_000)).toBe(16_000);
    expect(activeElapsedMs({ ...recording, pausedAt: 15_000 }, 21_000)).toBe(10_000);
  });
});

describe('estimateMinutesThatFit', () => {
  it('counts each minute twice: the chunks and the finished video', () => {
    // 1.064 Mbps is 7.98 MB a minute, 15.96 MB with both copies.
    const minutes = estimateMinutesThatFit({ quota: 200_000_000, usage: 40_400_000 }, 1_064_000);
    expect(minutes).toBe(10);
  });

  it('is zero when the disk is full, and Infinity when the browser does not say', () => {
    expect(estimateMinutesThatFit({ quota: 100, usage: 200 }, 1_000_000)).toBe(0);
    expect(estimateMinutesThatFit({}, 1_000_000)).toBe(Infinity);
  });
});

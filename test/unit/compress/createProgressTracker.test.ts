import { describe, expect, it } from 'vitest';
import { createProgressTracker } from '@/lib/compress/createProgressTracker';

function clock(start = 10_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('createProgressTracker', () => {
  it('gives the ratio of the known length and a time left at the pace so far', () => {
    const c = clock();
    const track = createProgressTracker(60_000, c.now);
    c.advance(5_000);
    // A quarter done in 5 s: three quarters take 15 s more.
    expect(track(15_000)).toEqual({ ratio: 0.25, etaMs: 15_000 });
    c.advance(5_000);
    expect(track(40_000)).toEqual({ ratio: 40_000 / 60_000, etaMs: 5_000 });
  });

  it('gives no estimate in the first second or the first few percent (start-up noise)', () => {
    const c = clock();
    const track = createProgressTracker(60_000, c.now);
    c.advance(500);
    expect(track(30_000)).toEqual({ ratio: 0.5, etaMs: null });
    c.advance(5_000);
    expect(track(600)).toEqual({ ratio: 0.01, etaMs: null });
  });

  it('clamps to 0..1 (negative first time, output a little past the input)', () => {
    const c = clock();
    const track = createProgressTracker(5_000, c.now);
    c.advance(2_000);
    expect(track(-2_000_000).ratio).toBe(0);
    expect(track(5_100)).toEqual({ ratio: 1, etaMs: 0 });
  });

  it('has no ratio without a known length', () => {
    const c = clock();
    const track = createProgressTracker(null, c.now);
    c.advance(2_000);
    expect(track(3_000)).toEqual({ ratio: 0, etaMs: null });
  });
});

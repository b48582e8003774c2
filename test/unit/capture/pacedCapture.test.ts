import { describe, expect, it } from 'vitest';
import {
  CAPTURE_MIN_INTERVAL_MS,
  createPacedCapture,
  isRateLimitError,
  RATE_LIMIT_RETRY_MS,
} from '@/lib/capture/pacedCapture';

/** A clock that only moves when the code under test sleeps (or the test says so). */
function virtualClock() {
  let time = 10_000;
  return {
    now: () => time,
    sleep: async (ms: number) => {
      time += ms;
    },
    advance: (ms: number) => {
      time += ms;
    },
  };
}

const RATE_LIMIT = new Error(
  'This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.',
);

describe('createPacedCapture', () => {
  it('spaces calls at least 520 ms apart, even when they are requested at once', async () => {
    const clock = virtualClock();
    const starts: number[] = [];
    const capture = createPacedCapture(async () => {
      starts.push(clock.now());
      return `data:image/png;base64,${starts.length}`;
    }, clock);
    const results = await Promise.all([capture(), capture(), capture()]);
    expect(results).toEqual([
      'data:image/png;base64,1',
      'data:image/png;base64,2',
      'data:image/png;base64,3',
    ]);
    expect(starts).toEqual([10_000, 10_520, 11_040]);
    expect(CAPTURE_MIN_INTERVAL_MS).toBe(520);
  });

  it('does not wait when the last call was long enough ago', async () => {
    const clock = virtualClock();
    const starts: number[] = [];
    const capture = createPacedCapture(async () => {
      starts.push(clock.now());
      return 'x';
    }, clock);
    await capture();
    clock.advance(2000);
    await capture();
    expect(starts).toEqual([10_000, 12_000]);
  });

  it('retries once after a rate-limit error, a full quota period later', async () => {
    const clock = virtualClock();
    const starts: number[] = [];
    let failures = 1;
    const capture = createPacedCapture(async () => {
      starts.push(clock.now());
      if (failures-- > 0) throw RATE_LIMIT;
      return 'ok';
    }, clock);
    await expect(capture()).resolves.toBe('ok');
    expect(starts).toEqual([10_000, 10_000 + RATE_LIMIT_RETRY_MS]);
  });

  it('gives up after the one retry', async () => {
    const clock = virtualClock();
    let calls = 0;
    const capture = createPacedCapture(async () => {
      calls += 1;
      throw RATE_LIMIT;
    }, clock);
    await expect(capture()).rejects.toBe(RATE_LIMIT);
    expect(calls).toBe(2);
  });

  it('passes other errors straight through, and keeps pacing after a failure', async () => {
    const clock = virtualClock();
    const starts: number[] = [];
    const denied = new Error('Missing activeTab permission');
    let first = true;
    const capture = createPacedCapture(
      async () => {
        starts.push(clock.now());
        if (first) {
          first = false;
          throw denied;
        }
        return 'ok';
      },
      clock,
      600,
    );
    const [a, b] = await Promise.allSettled([capture(), capture()]);
    expect(a).toEqual({ status: 'rejected', reason: denied });
    expect(b).toEqual({ status: 'fulfilled', value: 'ok' });
    expect(starts).toEqual([10_000, 10_600]);
  });

  it('recognises the rate-limit error by its message, in Error or string form', () => {
    expect(isRateLimitError(RATE_LIMIT)).toBe(true);
    expect(isRateLimitError('MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND')).toBe(true);
    expect(isRateLimitError(new Error('No window with id: 4.'))).toBe(false);
  });
});

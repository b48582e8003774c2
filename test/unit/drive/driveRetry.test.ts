import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  isNetworkError,
  isRetryableStatus,
  parseRetryAfterMs,
} from '@/lib/export/drive/driveRetry';
import { DEFAULT_RETRY_POLICY } from '@/lib/export/drive/driveTypes';

describe('driveRetry', () => {
  it('retries 5xx, 408 and 429 only', () => {
    expect([500, 502, 503, 408, 429].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 410, 308].some(isRetryableStatus)).toBe(false);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfterMs('7', now)).toBe(7000);
    expect(parseRetryAfterMs('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfterMs(null, now)).toBeUndefined();
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
  });

  it('jitters within an exponentially growing, capped ceiling', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelayMs(0, policy, () => 0.999)).toBe(99);
    expect(backoffDelayMs(3, policy, () => 0.5)).toBe(400);
    expect(backoffDelayMs(10, policy, () => 0.5)).toBe(500);
    expect(backoffDelayMs(0, policy, () => 0)).toBe(0);
    expect(backoffDelayMs(0, policy, () => 0.5, 2500)).toBe(2500);
    expect(backoffDelayMs(0, policy, () => 0.5, 10_000_000)).toBe(4000);
  });

  it('treats fetch TypeErrors as network errors unless the signal aborted', () => {
    const controller = new AbortController();
    expect(isNetworkError(new TypeError('fetch failed'), controller.signal)).toBe(true);
    controller.abort();
    expect(isNetworkError(new TypeError('fetch failed'), controller.signal)).toBe(false);
    expect(isNetworkError(new Error('other'))).toBe(false);
  });
});

/** When and how long to wait before retrying a Drive request (Google's exponential backoff). */
import type { RetryPolicy } from './driveTypes';

/** 5xx, 408 and 429 are transient per Google's guidance; everything else needs a decision. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/** fetch rejects with a TypeError for network failures, and with the signal's reason on abort. */
export function isNetworkError(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return false;
  return error instanceof TypeError;
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * "Full jitter": a random wait in [0, base * 2^attempt], capped, so many Chromebooks retrying
 * after the same outage do not hit Drive in lockstep. A Retry-After from the server wins.
 */
export function backoffDelayMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  // Honour the server, but cap an absurd value so a stuck upload still surfaces to the student.
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxDelayMs * 4);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

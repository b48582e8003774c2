/**
 * Chrome lets an extension call tabs.captureVisibleTab at most twice a second
 * (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND); a faster call fails. Its quota
 * is a bucket of 2 calls refilled each second, so calls 520 ms apart never
 * fail on their own, while 500 ms apart can when timers run late.
 */
export const CAPTURE_MIN_INTERVAL_MS = 520;

/**
 * After a rate-limit error, wait a whole quota period: the bucket is sure to
 * be refilled by then. (Another capture outside this pacer, such as a quick
 * clip a moment earlier, is the usual cause.)
 */
export const RATE_LIMIT_RETRY_MS = 1000;

export const RATE_LIMIT_MARKER = 'MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND';

export interface PacingDeps {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export function isRateLimitError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return message.includes(RATE_LIMIT_MARKER);
}

/**
 * Wraps a capture call so that calls start at least `minIntervalMs` apart
 * (concurrent callers queue in order) and a rate-limit failure is retried
 * once. Other errors (no permission, tab gone) pass straight through.
 * Keep one pacer per service-worker lifetime, not per clip, so back-to-back
 * clips share the spacing.
 */
export function createPacedCapture<T>(
  captureVisibleTab: () => Promise<T>,
  deps: PacingDeps,
  minIntervalMs = CAPTURE_MIN_INTERVAL_MS,
): () => Promise<T> {
  let lastStart = Number.NEGATIVE_INFINITY;
  let queue: Promise<unknown> = Promise.resolve();

  async function startWhenAllowed(): Promise<T> {
    const wait = lastStart + minIntervalMs - deps.now();
    if (wait > 0) await deps.sleep(wait);
    lastStart = deps.now();
    return captureVisibleTab();
  }

  async function captureWithRetry(): Promise<T> {
    try {
      return await startWhenAllowed();
    } catch (error) {
      if (!isRateLimitError(error)) throw error;
      await deps.sleep(RATE_LIMIT_RETRY_MS);
      return startWhenAllowed();
    }
  }

  return () => {
    const result = queue.then(captureWithRetry);
    // The next caller waits for this one whether it succeeds or fails.
    queue = result.catch(() => undefined);
    return result;
  };
}

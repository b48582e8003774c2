/**
 * A Chromium page snapshot (MHTML) that can really be read.
 *
 * `pageCapture.saveAsMHTML` hands back a Blob that, in 10-20 % of calls,
 * fails with NotFoundError when it is read: the browser has already dropped
 * the file behind it. A Blob that is stored without being read first would
 * fail later, in the viewer. So each attempt reads the whole Blob, and a
 * failed read is retried with a short backoff (up to 4 retries succeeded
 * 15 times out of 15 in E2E-RECIPE.md's measurements).
 */

export interface PageCaptureApi {
  saveAsMHTML(details: { tabId: number }): Promise<Blob | undefined>;
}

export interface SaveMhtmlOptions {
  /** How many calls in all; 5 = the first try and 4 retries. */
  attempts?: number;
  /** Milliseconds to wait after failed attempt `attempt` (1-based). */
  delayMs?: (attempt: number) => number;
  sleep?: (ms: number) => Promise<void>;
}

export type SnapshotFailure =
  /** The browser refused: no access to this tab (for example a chrome:// page or a missing grant). */
  | 'not-allowed'
  /** The snapshot was made but its bytes could not be read. */
  | 'unreadable'
  /** The browser returned nothing, or an empty file. */
  | 'empty'
  | 'failed';

export class SnapshotError extends Error {
  constructor(
    readonly reason: SnapshotFailure,
    options?: { cause?: unknown },
  ) {
    super(`The page snapshot could not be made (${reason}).`, options);
    this.name = 'SnapshotError';
  }
}

export const MHTML_MIME_TYPE = 'multipart/related';

const defaultDelay = (attempt: number) => 150 * 2 ** (attempt - 1);
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function saveMhtml(
  pageCapture: PageCaptureApi,
  tabId: number,
  options: SaveMhtmlOptions = {},
): Promise<Blob> {
  const attempts = Math.max(1, options.attempts ?? 5);
  const delayMs = options.delayMs ?? defaultDelay;
  const sleep = options.sleep ?? defaultSleep;
  let lastError: unknown = null;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      const blob = await pageCapture.saveAsMHTML({ tabId });
      if (!blob) throw new SnapshotError('empty');
      // Reading is the point: this is where the NotFoundError shows up.
      const bytes = await blob.arrayBuffer();
      if (bytes.byteLength === 0) throw new SnapshotError('empty');
      return new Blob([bytes], { type: MHTML_MIME_TYPE });
    } catch (error) {
      lastError = error;
      // No retry can grant access that the browser refused.
      if (reasonOf(error) === 'not-allowed') break;
      if (attempt < attempts) await sleep(delayMs(attempt));
    }
  }
  throw lastError instanceof SnapshotError
    ? lastError
    : new SnapshotError(reasonOf(lastError), { cause: lastError });
}

function reasonOf(error: unknown): SnapshotFailure {
  if (error instanceof SnapshotError) return error.reason;
  const name = (error as { name?: unknown } | null)?.name;
  const message = String((error as { message?: unknown } | null)?.message ?? error);
  if (/permission|cannot access|not allowed|denied/i.test(message)) return 'not-allowed';
  if (name === 'NotFoundError' || name === 'NotReadableError') return 'unreadable';
  return 'failed';
}

/**
 * Turns the many ways IndexedDB fails into the few things a student needs to
 * know. Dexie wraps the browser's error (`inner`), and a full disk surfaces as
 * an AbortError whose inner error is a QuotaExceededError.
 */
export type StorageProblem =
  | { kind: 'full'; detail: string }
  | { kind: 'unavailable'; detail: string }
  | { kind: 'failed'; detail: string };

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
}

function chain(error: unknown): ErrorLike[] {
  const found: ErrorLike[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && found.length < 5) {
    found.push(current as ErrorLike);
    current = (current as ErrorLike).inner;
  }
  return found;
}

const FULL = ['QuotaExceededError'];
const UNAVAILABLE = [
  'MissingAPIError',
  'InvalidStateError',
  'SecurityError',
  'OpenFailedError',
  'VersionError',
  'UnknownError',
  'DatabaseClosedError',
];

export function describeStorageError(error: unknown): StorageProblem {
  const errors = chain(error);
  const names = errors.map((e) => String(e.name ?? ''));
  const detail = errors
    .map((e) => `${String(e.name ?? 'Error')}: ${String(e.message ?? '')}`)
    .join(' ← ');
  const text = detail.toLowerCase();
  if (names.some((n) => FULL.includes(n)) || text.includes('quota'))
    return { kind: 'full', detail };
  if (names.some((n) => UNAVAILABLE.includes(n))) return { kind: 'unavailable', detail };
  return { kind: 'failed', detail };
}

/** Whether an error came from storage rather than from a bug in our code. */
export function isStorageError(error: unknown): boolean {
  const names = chain(error).map((e) => String(e.name ?? ''));
  return names.some((n) => FULL.includes(n) || UNAVAILABLE.includes(n) || n === 'AbortError');
}

import type { RecorderTimers } from './recorderHostDeps';

/**
 * The first of these events on the target, or null when none came in time.
 * Media APIs report success and failure as events (start / error / stop), and
 * some never fire at all (Firefox's recorder on a few codec strings), so every
 * wait has a deadline.
 */
export function waitForEvent(
  target: EventTarget,
  names: readonly string[],
  timers: Pick<RecorderTimers, 'setTimeout' | 'clearTimeout'>,
  timeoutMs: number,
): Promise<Event | null> {
  return new Promise((resolve) => {
    const finish = (event: Event | null) => {
      timers.clearTimeout(timer);
      for (const name of names) target.removeEventListener(name, finish);
      resolve(event);
    };
    for (const name of names) target.addEventListener(name, finish);
    const timer = timers.setTimeout(() => finish(null), timeoutMs);
  });
}

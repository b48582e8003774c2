import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs` while `active`. Timers and
 * staleness checks depend on the clock, which no live query notices.
 */
export function useNow(intervalMs: number, active = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, active]);
  return now;
}

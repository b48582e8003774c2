import { cpus, loadavg } from 'node:os';

/**
 * The machine's 1-minute load average at the start and end of a scenario.
 * Browser timings on a shared machine swing with other work; a load above the
 * core count explains a slow run better than any change in the code.
 */
export function startLoadWatch(): () => string {
  const before = loadavg()[0] ?? 0;
  return () =>
    `machine load average (1 min) ${before.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)} ` +
    `on ${cpus().length} cores`;
}

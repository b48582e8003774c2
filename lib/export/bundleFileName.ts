import { isoDay } from './bundle/bundleScope';

/** "PLP portfolio 2026-03-02.zip": the student's own calendar day, so files sort by date. */
export function bundleFileName(now: number): string {
  return `PLP portfolio ${isoDay(now)}.zip`;
}

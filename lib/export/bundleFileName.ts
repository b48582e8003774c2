import { i18n } from '#i18n';
import { isoDay } from './bundle/bundleScope';

/** "PLP portfolio 2026-03-02.zip": the student's own calendar day, so files sort by date. */
export function bundleFileName(now: number): string {
  return i18n.t('exportFiles.bundleFileName', { day: isoDay(now) });
}

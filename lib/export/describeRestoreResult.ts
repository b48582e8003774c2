import { i18n } from '#i18n';
import type { RestoreCounts } from '../import/restoreBundle';

/** "Added 12 items, updated 1, 3 were already here." for the restore result. */
export function describeRestoreResult({ added, updated, skipped }: RestoreCounts): string {
  if (added === 0 && updated === 0 && skipped === 0) return i18n.t('export.restore.empty');
  return i18n.t('export.restore.result', {
    added: i18n.t('export.restore.added', added),
    updated: i18n.t('export.restore.updated', updated),
    already: i18n.t('export.restore.already', skipped),
  });
}

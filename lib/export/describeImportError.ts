import { i18n } from '#i18n';
import { describeStorageError } from '../db/describeStorageError';
import { BundleImportError } from '../import/BundleImportError';

/** The sentence shown when a restore is refused or stops; it always says nothing changed. */
export function describeImportError(error: unknown): string {
  // The restore runs in one transaction, so a full disk rolls all of it back.
  if (!(error instanceof BundleImportError) && describeStorageError(error).kind === 'full')
    return i18n.t('export.restore.diskFull');
  const text =
    error instanceof BundleImportError
      ? error.message
      : i18n.t('export.restore.stopped', {
          reason: error instanceof Error ? error.message : String(error),
        });
  if (text.endsWith(i18n.t('export.restore.nothingChanged'))) return text;
  return i18n.t('export.restore.withNothingChanged', { reason: text.replace(/\.$/, '') });
}

import { describeStorageError } from '../db/describeStorageError';
import { BundleImportError } from '../import/BundleImportError';

/** The restore runs in one transaction, so a full disk rolls all of it back. */
const DISK_FULL =
  'Your device is out of storage space, so the bundle was not restored. Nothing was changed: everything you had is safe. Free some space on this device (for example, delete downloads you no longer need), then try again.';

/** The sentence shown when a restore is refused or stops; it always says nothing changed. */
export function describeImportError(error: unknown): string {
  if (!(error instanceof BundleImportError) && describeStorageError(error).kind === 'full')
    return DISK_FULL;
  const text =
    error instanceof BundleImportError
      ? error.message
      : `The restore stopped: ${error instanceof Error ? error.message : String(error)}`;
  if (/Nothing was changed\.$/.test(text)) return text;
  return `${text.replace(/\.$/, '')}. Nothing was changed.`;
}

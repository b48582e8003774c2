import type { PlpDatabase } from '../db/schema';
import { BundleImportError } from './BundleImportError';
import { restoreBundle, type RestoreResult } from './restoreBundle';
import { validateBundle, type ValidateBundleOptions } from './validateBundle';

/**
 * Imports a bundle file: validates all of it first (nothing is written if any
 * check fails), then merges it in one transaction (see restoreBundle).
 * Throws BundleImportError with a message for the student.
 */
export async function importBundle(
  db: PlpDatabase,
  file: Blob,
  options: ValidateBundleOptions = {},
): Promise<RestoreResult> {
  const bundle = await validateBundle(file, options);
  // Cancelling after the last check still writes nothing.
  if (options.signal?.aborted) throw new BundleImportError('cancelled');
  return restoreBundle(db, bundle);
}

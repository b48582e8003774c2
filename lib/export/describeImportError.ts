import { BundleImportError } from '../import/BundleImportError';

/** The sentence shown when a restore is refused or stops; it always says nothing changed. */
export function describeImportError(error: unknown): string {
  const text =
    error instanceof BundleImportError
      ? error.message
      : `The restore stopped: ${error instanceof Error ? error.message : String(error)}`;
  if (/Nothing was changed\.$/.test(text)) return text;
  return `${text.replace(/\.$/, '')}. Nothing was changed.`;
}

import { MissingMediaError, UnreadableMediaError } from './bundle/writeBundle';
import { SaveAsError } from './saveBlobWithSaveAs';

/** Why the browser could not write a download (Chromium's DownloadInterruptReason names). */
const SAVE_FAILURES: Record<string, string> = {
  FILE_NO_SPACE:
    'There is not enough space on the disk for the bundle. Free some space, or pick another place, and try again.',
  FILE_ACCESS_DENIED: 'That folder cannot be written to. Try again and pick another folder.',
  FILE_NAME_TOO_LONG:
    'That file name is too long for the folder you picked. Try again with a shorter name.',
  FILE_TOO_LARGE:
    'The bundle is too large for the place you picked. Try a smaller export, or another place.',
};

/** The sentence a student sees when an export stops; null when they cancelled it themselves. */
export function describeExportError(error: unknown): string | null {
  if (error instanceof DOMException && error.name === 'AbortError') return null;
  if (error instanceof MissingMediaError || error instanceof UnreadableMediaError)
    return error.message;
  if (error instanceof SaveAsError) {
    return (
      SAVE_FAILURES[error.reason] ??
      `The bundle was made but could not be saved (${error.reason}). Try again.`
    );
  }
  const reason = error instanceof Error && error.message ? error.message : String(error);
  return `The export stopped: ${reason.replace(/\.$/, '')}. Nothing was changed.`;
}

import { i18n } from '#i18n';
import { MissingMediaError, UnreadableMediaError } from './bundle/writeBundle';
import { SaveAsError } from './saveBlobWithSaveAs';

/** Why the browser could not write a download (Chromium's DownloadInterruptReason names). */
function saveFailure(reason: string): string | undefined {
  switch (reason) {
    case 'FILE_NO_SPACE':
      return i18n.t('export.exportError.noSpace');
    case 'FILE_ACCESS_DENIED':
      return i18n.t('export.exportError.accessDenied');
    case 'FILE_NAME_TOO_LONG':
      return i18n.t('export.exportError.nameTooLong');
    case 'FILE_TOO_LARGE':
      return i18n.t('export.exportError.tooLarge');
  }
  return undefined;
}

/** The sentence a student sees when an export stops; null when they cancelled it themselves. */
export function describeExportError(error: unknown): string | null {
  if (error instanceof DOMException && error.name === 'AbortError') return null;
  if (error instanceof MissingMediaError || error instanceof UnreadableMediaError)
    return error.message;
  if (error instanceof SaveAsError) {
    return (
      saveFailure(error.reason) ?? i18n.t('export.exportError.notSaved', { reason: error.reason })
    );
  }
  const reason = error instanceof Error && error.message ? error.message : String(error);
  return i18n.t('export.exportError.stopped', { reason: reason.replace(/\.$/, '') });
}

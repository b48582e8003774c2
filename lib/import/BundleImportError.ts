import { i18n } from '#i18n';

/**
 * Why a bundle was refused, with words a student can act on. `code` is for
 * code and tests; `message` is shown as is. `detail` is for a teacher or a bug
 * report (the file or rule that failed) and never shown alone.
 */
export type BundleImportErrorCode =
  | 'not-a-bundle'
  | 'newer-version'
  | 'too-large'
  | 'too-many-files'
  | 'unsafe-path'
  | 'duplicate-file'
  | 'suspicious-compression'
  | 'encrypted'
  | 'invalid-manifest'
  | 'missing-file'
  | 'damaged-file'
  | 'cancelled';

/** The sentence for a code, in the language on screen when the error is made. */
function messageFor(code: BundleImportErrorCode, file: string | undefined): string {
  const named = { file: file ?? i18n.t('exportFiles.import.aFile') };
  switch (code) {
    case 'not-a-bundle':
      return i18n.t('exportFiles.import.notABundle');
    case 'newer-version':
      return i18n.t('exportFiles.import.newerVersion');
    case 'too-large':
      return i18n.t('exportFiles.import.tooLarge');
    case 'too-many-files':
      return i18n.t('exportFiles.import.tooManyFiles');
    case 'unsafe-path':
      return i18n.t('exportFiles.import.unsafePath', named);
    case 'duplicate-file':
      return i18n.t('exportFiles.import.duplicateFile', named);
    case 'suspicious-compression':
      return i18n.t('exportFiles.import.suspiciousCompression', named);
    case 'encrypted':
      return i18n.t('exportFiles.import.encrypted');
    case 'invalid-manifest':
      return i18n.t('exportFiles.import.invalidManifest');
    case 'missing-file':
      return i18n.t('exportFiles.import.missingFile', named);
    case 'damaged-file':
      return i18n.t('exportFiles.import.damagedFile', named);
    case 'cancelled':
      return i18n.t('exportFiles.import.cancelled');
  }
}

export class BundleImportError extends Error {
  constructor(
    readonly code: BundleImportErrorCode,
    options: { file?: string; detail?: string; cause?: unknown } = {},
  ) {
    super(messageFor(code, options.file), { cause: options.cause });
    this.name = 'BundleImportError';
    this.file = options.file;
    this.detail = options.detail;
  }

  readonly file: string | undefined;
  readonly detail: string | undefined;
}

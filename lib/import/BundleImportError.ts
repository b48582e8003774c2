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

const MESSAGES: Record<BundleImportErrorCode, (file?: string) => string> = {
  'not-a-bundle': () => 'This file is not a PLP Companion bundle.',
  'newer-version': () =>
    'This bundle was made by a newer version of PLP Companion. Update the extension, then try again.',
  'too-large': () => 'This bundle is too large to import.',
  'too-many-files': () => 'This bundle holds too many files to import.',
  'unsafe-path': (file) =>
    `The bundle is not safe to open: ${file ?? 'a file'} has a name that points outside it.`,
  'duplicate-file': (file) => `The bundle is damaged: ${file ?? 'a file'} appears twice.`,
  'suspicious-compression': (file) =>
    `The bundle is not safe to open: ${file ?? 'a file'} would unpack to far more than its size.`,
  encrypted: () => 'This bundle is password-protected, and PLP Companion cannot open it.',
  'invalid-manifest': () =>
    'The bundle is damaged: its list of contents (manifest.json) cannot be read.',
  'missing-file': (file) => `The bundle is damaged: ${file ?? 'a file'} is missing.`,
  'damaged-file': (file) =>
    `The bundle is damaged: ${file ?? 'a file'} does not match its checksum.`,
  cancelled: () => 'The import was cancelled. Nothing was changed.',
};

export class BundleImportError extends Error {
  constructor(
    readonly code: BundleImportErrorCode,
    options: { file?: string; detail?: string; cause?: unknown } = {},
  ) {
    super(MESSAGES[code](options.file), { cause: options.cause });
    this.name = 'BundleImportError';
    this.file = options.file;
    this.detail = options.detail;
  }

  readonly file: string | undefined;
  readonly detail: string | undefined;
}

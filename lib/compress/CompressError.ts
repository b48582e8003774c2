/**
 * Why a conversion failed, as a code the UI turns into words:
 * - load-failed: the ffmpeg core could not start (or took too long);
 * - stalled: ffmpeg stopped reporting progress and was stopped by the watchdog;
 * - crashed: the ffmpeg worker threw (not a normal ffmpeg error exit);
 * - cancelled: the caller aborted;
 * - unreadable-input: ffmpeg found no video in the input;
 * - ffmpeg-failed: ffmpeg exited with an error;
 * - verification-failed: the output is missing a stream or has the wrong length.
 */
export type CompressErrorCode =
  | 'load-failed'
  | 'stalled'
  | 'crashed'
  | 'cancelled'
  | 'unreadable-input'
  | 'ffmpeg-failed'
  | 'verification-failed';

export class CompressError extends Error {
  override readonly name = 'CompressError';

  constructor(
    readonly code: CompressErrorCode,
    /** Technical detail for logs and bug reports (last ffmpeg lines, durations). */
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${detail}`, options);
  }
}

export function isCompressError(error: unknown, code?: CompressErrorCode): error is CompressError {
  return error instanceof CompressError && (code === undefined || error.code === code);
}

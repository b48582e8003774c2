import { describeStorageError } from '../db/describeStorageError';
import { isCompressError } from '../compress/CompressError';

const KEPT = 'Your recording is safe.';

/**
 * Every sentence a student can read when making the video failed, in English. Processing runs in
 * the offscreen document, which has no browser.i18n, so the English is what is stored; pages
 * show it in their own language (lib/i18n/storedFailureInUiLanguage.ts, keyed by these names).
 * Each says what happened in plain words and what to do next; the recording is never deleted on
 * failure, so every message can promise that.
 */
export const PROCESSING_FAILURES = {
  cancelled: `Processing was cancelled. ${KEPT} Try again when you are ready.`,
  nothingToProcess: 'There is nothing to turn into a video: the recording’s data is missing.',
  storageFull: `Your device is out of storage space, so the finished video could not be saved. ${KEPT} Free up some space (for example, delete old recordings), then try again.`,
  unknown: `Something went wrong while making the video. ${KEPT} Try again.`,
  verificationFailed: `The finished video did not match your recording, so it was not used. ${KEPT} Try again.`,
  loadFailed: `The video converter could not start on this device. ${KEPT} Close some tabs and try again.`,
  stalled: `Making the video stopped responding. ${KEPT} Close some tabs and try again.`,
  crashed: `The video converter stopped unexpectedly, maybe because the device ran low on memory. ${KEPT} Close some tabs and try again.`,
  unreadableInput: `This recording could not be read, so it cannot be turned into a video. ${KEPT}`,
  ffmpegFailed: `The recording could not be turned into a video. ${KEPT} Try again.`,
} as const;

export type ProcessingFailure = keyof typeof PROCESSING_FAILURES;

export const CANCELLED_MESSAGE = PROCESSING_FAILURES.cancelled;
export const NOTHING_TO_PROCESS_MESSAGE = PROCESSING_FAILURES.nothingToProcess;

/** The sentence a student reads when making the video failed. */
export function processingFailureMessage(error: unknown): string {
  if (describeStorageError(error).kind === 'full') return PROCESSING_FAILURES.storageFull;
  if (!isCompressError(error)) return PROCESSING_FAILURES.unknown;
  switch (error.code) {
    case 'cancelled':
      return PROCESSING_FAILURES.cancelled;
    case 'verification-failed':
      return PROCESSING_FAILURES.verificationFailed;
    case 'load-failed':
      return PROCESSING_FAILURES.loadFailed;
    case 'stalled':
      return PROCESSING_FAILURES.stalled;
    case 'crashed':
      return PROCESSING_FAILURES.crashed;
    case 'unreadable-input':
      return PROCESSING_FAILURES.unreadableInput;
    case 'ffmpeg-failed':
      return PROCESSING_FAILURES.ffmpegFailed;
  }
}

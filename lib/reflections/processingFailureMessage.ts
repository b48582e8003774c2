import { describeStorageError } from '../db/describeStorageError';
import { isCompressError } from '../compress/CompressError';

const KEPT = 'Your recording is safe.';

export const CANCELLED_MESSAGE = `Processing was cancelled. ${KEPT} Try again when you are ready.`;
export const NOTHING_TO_PROCESS_MESSAGE =
  'There is nothing to turn into a video: the recording’s data is missing.';

/**
 * The sentence a student reads when making the video failed. It says what
 * happened in plain words and what to do next; the recording is never
 * deleted on failure, so every message can promise that.
 */
export function processingFailureMessage(error: unknown): string {
  if (describeStorageError(error).kind === 'full') {
    return `Your device is out of storage space, so the finished video could not be saved. ${KEPT} Free up some space (for example, delete old recordings), then try again.`;
  }
  if (!isCompressError(error)) {
    return `Something went wrong while making the video. ${KEPT} Try again.`;
  }
  switch (error.code) {
    case 'cancelled':
      return CANCELLED_MESSAGE;
    case 'verification-failed':
      return `The finished video did not match your recording, so it was not used. ${KEPT} Try again.`;
    case 'load-failed':
      return `The video converter could not start on this device. ${KEPT} Close some tabs and try again.`;
    case 'stalled':
      return `Making the video stopped responding. ${KEPT} Close some tabs and try again.`;
    case 'crashed':
      return `The video converter stopped unexpectedly, maybe because the device ran low on memory. ${KEPT} Close some tabs and try again.`;
    case 'unreadable-input':
      return `This recording could not be read, so it cannot be turned into a video. ${KEPT}`;
    case 'ffmpeg-failed':
      return `The recording could not be turned into a video. ${KEPT} Try again.`;
  }
}

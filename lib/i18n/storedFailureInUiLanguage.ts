import { i18n } from '#i18n';
import {
  PROCESSING_FAILURES,
  type ProcessingFailure,
} from '../reflections/processingFailureMessage';
import {
  NOTHING_SAVED,
  RECORDING_FAILURE_SENTENCES,
  type RecordingFailureSentence,
} from '../record/recordingFailureSentences';

function recordingSentence(sentence: RecordingFailureSentence): string {
  switch (sentence) {
    case 'interrupted':
      return i18n.t('storedFailures.interrupted');
    case 'outOfSpace':
      return i18n.t('storedFailures.outOfSpace');
    case 'stoppedEarly':
      return i18n.t('storedFailures.stoppedEarly');
  }
}

function translated(failure: ProcessingFailure): string {
  switch (failure) {
    case 'cancelled':
      return i18n.t('storedFailures.cancelled');
    case 'nothingToProcess':
      return i18n.t('storedFailures.nothingToProcess');
    case 'storageFull':
      return i18n.t('storedFailures.storageFull');
    case 'unknown':
      return i18n.t('storedFailures.unknown');
    case 'verificationFailed':
      return i18n.t('storedFailures.verificationFailed');
    case 'loadFailed':
      return i18n.t('storedFailures.loadFailed');
    case 'stalled':
      return i18n.t('storedFailures.stalled');
    case 'crashed':
      return i18n.t('storedFailures.crashed');
    case 'unreadableInput':
      return i18n.t('storedFailures.unreadableInput');
    case 'ffmpegFailed':
      return i18n.t('storedFailures.ffmpegFailed');
  }
}

/**
 * A reflection's stored failure (English, written by the offscreen recorder) in the language on
 * screen. Text that is not one of the known sentences (older versions) is shown as stored.
 */
/** One stored sentence in the language on screen, or as stored when it is not a known one. */
function knownSentence(stored: string): string {
  const processing = (Object.keys(PROCESSING_FAILURES) as ProcessingFailure[]).find(
    (name) => PROCESSING_FAILURES[name] === stored,
  );
  if (processing) return translated(processing);
  const recording = (Object.keys(RECORDING_FAILURE_SENTENCES) as RecordingFailureSentence[]).find(
    (name) => RECORDING_FAILURE_SENTENCES[name] === stored,
  );
  return recording ? recordingSentence(recording) : stored;
}

export function storedFailureInUiLanguage(stored: string): string {
  if (stored.startsWith(`${NOTHING_SAVED} `)) {
    const why = knownSentence(stored.slice(NOTHING_SAVED.length + 1));
    return i18n.t('storedFailures.nothingSaved', { why });
  }
  return knownSentence(stored);
}

import { i18n } from '#i18n';
import {
  PROCESSING_FAILURES,
  type ProcessingFailure,
} from '../reflections/processingFailureMessage';

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
export function storedFailureInUiLanguage(stored: string): string {
  const failure = (Object.keys(PROCESSING_FAILURES) as ProcessingFailure[]).find(
    (name) => PROCESSING_FAILURES[name] === stored,
  );
  return failure ? translated(failure) : stored;
}

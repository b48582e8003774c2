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

/** Every sentence the recorder may store, by the name of its storedFailures.<name> message. */
const STORED_SENTENCES: Record<ProcessingFailure | RecordingFailureSentence, string> = {
  ...PROCESSING_FAILURES,
  ...RECORDING_FAILURE_SENTENCES,
};

/** One stored sentence in the language on screen, or as stored when it is not a known one. */
function knownSentence(stored: string): string {
  const name = (Object.keys(STORED_SENTENCES) as (keyof typeof STORED_SENTENCES)[]).find(
    (key) => STORED_SENTENCES[key] === stored,
  );
  return name ? i18n.t(`storedFailures.${name}`) : stored;
}

/**
 * A reflection's stored failure (English, written by the offscreen recorder) in the language on
 * screen. Text that is not one of the known sentences (older versions) is shown as stored.
 */
export function storedFailureInUiLanguage(stored: string): string {
  if (stored.startsWith(`${NOTHING_SAVED} `)) {
    const why = knownSentence(stored.slice(NOTHING_SAVED.length + 1));
    return i18n.t('storedFailures.nothingSaved', { why });
  }
  return knownSentence(stored);
}

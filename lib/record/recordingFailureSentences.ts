/**
 * What the recorder stores when a recording ends with nothing saved, in English: it runs in the
 * offscreen document, which has no browser.i18n. Pages show these in their own language
 * (lib/i18n/storedFailureInUiLanguage.ts, keyed by these names).
 */
export const RECORDING_FAILURE_SENTENCES = {
  interrupted:
    'The recording was interrupted (the browser or the page closed); everything saved until then was kept.',
  outOfSpace: 'This device ran out of space for recordings.',
  stoppedEarly: 'The recording stopped before anything was recorded.',
} as const;

export type RecordingFailureSentence = keyof typeof RECORDING_FAILURE_SENTENCES;

/** Put before the reason when a recording ends with nothing saved. */
export const NOTHING_SAVED = 'Nothing was saved.';

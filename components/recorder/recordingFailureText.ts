import type { RecordingFailure } from '@/lib/record/recorderControl';

export interface FailureText {
  heading: string;
  advice: string[];
  link?: { href: string; text: string };
}

const DEVICE_WORDS = {
  microphone: 'microphone',
  camera: 'camera',
  screen: 'screen',
  tab: 'tab',
} as const;

/** A failed start, in words a student can act on: what happened and what to do next. */
export function recordingFailureText(failure: RecordingFailure): FailureText {
  const device = failure.device ? DEVICE_WORDS[failure.device] : 'microphone or camera';
  switch (failure.reason) {
    case 'permission-denied':
      if (failure.device === 'screen' || failure.device === 'tab')
        return {
          heading: 'The browser didn’t let PLP Companion record the screen',
          advice: [
            'Click Start recording again, choose a tab, window or screen, and click Share.',
            'On a school Chromebook, screen recording may be turned off. Ask your teacher or school IT.',
          ],
        };
      return {
        heading: `PLP Companion isn’t allowed to use your ${device}`,
        advice: [
          `Click the icon at the left of the address bar on this page (a lock, a puzzle piece or a ${device}), find ${device === 'camera' ? 'Camera' : 'Microphone'} and choose Allow. Then reload this page and try again.`,
          `Or, in the browser’s settings, open Privacy and security → Site settings → ${device === 'camera' ? 'Camera' : 'Microphone'} and allow PLP Companion.`,
          `You can also turn the ${device} off here and record without it.`,
        ],
      };
    case 'no-device':
      return {
        heading: `No ${device} was found`,
        advice: [
          `Plug in a ${device} (or check it is switched on), then try again.`,
          `Or turn the ${device} off here and record without it.`,
        ],
      };
    case 'picker-cancelled':
      return {
        heading: 'Nothing was chosen to record',
        advice: [
          'The window that asks what to share was closed. Click Start recording, pick a tab, window or screen, then click Share.',
        ],
      };
    case 'tab-not-invoked':
      return {
        heading: 'PLP Companion can’t record that tab yet',
        advice: [
          'Open the page you want to record, click the PLP Companion button, then choose Record a reflection.',
          'Or choose “A window” or “My whole screen” instead.',
        ],
      };
    case 'unsupported':
      return {
        heading: 'This browser can’t record that',
        advice: ['Try another choice under “What to record”, or update your browser.'],
      };
    case 'storage-full':
      return {
        heading: 'Your device is out of space',
        advice: [
          'There is no room to save a recording. Delete files or old clips you no longer need, then try again.',
        ],
        link: { href: '#/storage', text: 'See what takes up space' },
      };
    case 'already-recording':
      return {
        heading: 'A recording is already running',
        advice: [
          'Stop it first: press Alt+Shift+X, or use Stop in the recorder or the PLP Companion button.',
        ],
        link: { href: '#/record', text: 'Go to the recording' },
      };
    case 'host-unavailable':
      return {
        heading: 'The recorder didn’t start',
        advice: [
          'Reload this page and try again. If it keeps happening, close and reopen the browser.',
        ],
      };
    case 'unknown':
      return {
        heading: 'Something went wrong starting the recording',
        advice: ['Try again. If it keeps happening, close and reopen the browser.'],
      };
  }
}

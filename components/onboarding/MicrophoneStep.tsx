import { useState } from 'react';
import { requestMicrophone, type MicrophoneAnswer } from '@/lib/onboarding/requestMicrophone';

const ANSWER_TEXT: Record<MicrophoneAnswer, string> = {
  granted: 'Microphone allowed. Your voice can be recorded in reflections.',
  denied:
    'The microphone is blocked. To fix it, click the icon at the left of the address bar, set Microphone to Allow, then reload this page and try again.',
  'no-device': 'No microphone was found. Plug one in, then try again.',
  error: 'The microphone didn’t start. Another app may be using it: close it, then try again.',
};

/**
 * Asks for the microphone here, in a tab, because the recorder that runs in the background can't
 * show the browser's question. Optional: written reflections need no microphone.
 */
export function MicrophoneStep() {
  const [answer, setAnswer] = useState<MicrophoneAnswer | null>(null);
  const [asking, setAsking] = useState(false);
  const ask = async () => {
    setAsking(true);
    setAnswer(await requestMicrophone(navigator.mediaDevices));
    setAsking(false);
  };
  return (
    <>
      <p>
        Video reflections can include your voice. Allow the microphone now so it is ready when you
        record. This is optional: you can skip it and allow it later on the Record page.
      </p>
      <p className="hint">
        The browser only lets PLP Companion listen while you record. Nothing is recorded now.
      </p>
      <button type="button" onClick={() => void ask()} disabled={asking}>
        Allow the microphone
      </button>
      <p
        role="status"
        className={answer && answer !== 'granted' ? 'field-error' : 'hint'}
        data-testid="welcome-mic-status"
        data-answer={answer ?? ''}
      >
        {asking ? 'Asking… If the browser asks, choose Allow.' : answer ? ANSWER_TEXT[answer] : ''}
      </p>
    </>
  );
}

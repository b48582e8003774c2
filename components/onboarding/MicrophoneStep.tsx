import { useState } from 'react';
import { i18n } from '#i18n';
import { requestMicrophone, type MicrophoneAnswer } from '@/lib/onboarding/requestMicrophone';

const ANSWER_KEYS = {
  granted: 'onboarding.microphone.granted',
  denied: 'onboarding.microphone.denied',
  'no-device': 'onboarding.microphone.noDevice',
  error: 'onboarding.microphone.error',
} as const satisfies Record<MicrophoneAnswer, string>;

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
      <p>{i18n.t('onboarding.microphone.intro')}</p>
      <p className="hint">{i18n.t('onboarding.microphone.hint')}</p>
      <button type="button" onClick={() => void ask()} disabled={asking}>
        {i18n.t('onboarding.microphone.allow')}
      </button>
      <p
        role="status"
        className={answer && answer !== 'granted' ? 'field-error' : 'hint'}
        data-testid="welcome-mic-status"
        data-answer={answer ?? ''}
      >
        {asking
          ? i18n.t('onboarding.microphone.asking')
          : answer
            ? i18n.t(ANSWER_KEYS[answer])
            : ''}
      </p>
    </>
  );
}

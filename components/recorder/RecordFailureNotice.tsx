import { i18n } from '#i18n';
import { useEffect, useRef } from 'react';
import type { RecordingFailure } from '@/lib/record/recorderControl';
import { recordingFailureText } from './recordingFailureText';

/** Why the recording didn't start, and what to do. Focused so keyboard users land on it. */
export function RecordFailureNotice({ failure }: { failure: RecordingFailure }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [failure]);
  const text = recordingFailureText(failure);
  return (
    <div
      ref={ref}
      className="clip-failure record-failure"
      role="alert"
      tabIndex={-1}
      data-testid="record-failure"
      data-reason={failure.reason}
    >
      <h3>{text.heading}</h3>
      {text.advice.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {text.link && <a href={text.link.href}>{text.link.text}</a>}
      {failure.detail && (
        <details>
          <summary>{i18n.t('recorder.failure.technicalDetails')}</summary>
          <code>{failure.detail}</code>
        </details>
      )}
    </div>
  );
}

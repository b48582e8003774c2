import { i18n } from '#i18n';
import { useEffect } from 'react';
import type { RecordingRecord } from '@/lib/db/records';
import { activeElapsedMs } from '@/lib/record/activeElapsed';
import { ElapsedTime } from './ElapsedTime';
import { LiveRecordingControls } from './LiveRecordingControls';
import { RecordingIndicator } from './RecordingIndicator';
import { Teleprompter } from './Teleprompter';
import { useNow } from './useNow';
import { useRecorderControl } from './RecorderControlContext';
import type { LiveRecording } from './useLiveRecording';

/** How long before the limit the student is warned. */
export const MAX_LENGTH_WARNING_MS = 60_000;

/**
 * The recorder while a recording is under way: countdown, indicator and timer,
 * the controls, and the prompts as a teleprompter. Screen readers hear the
 * state changes from RecordingAnnouncer, which outlives this panel.
 */
export function LivePanel({
  live,
  onDiscarding,
}: {
  live: LiveRecording;
  onDiscarding: (active: boolean) => void;
}) {
  const { recording, reflection } = live;
  const control = useRecorderControl();
  const now = useNow(250);
  useLeaveWarning(control.hostedInThisPage);
  const remaining = recording.maxMs - activeElapsedMs(recording, now);
  const capturing = recording.status === 'recording' || recording.status === 'paused';

  return (
    <section className="live-panel" aria-labelledby="live-heading" data-testid="live-panel">
      <h2 id="live-heading">{i18n.t('recorder.live.heading')}</h2>
      {reflection && <p className="live-title">{reflection.title}</p>}
      <div className="live-status">
        <RecordingIndicator status={recording.status} />
        {capturing && <ElapsedTime recording={recording} />}
      </div>
      {recording.status === 'starting' && (
        <p className="hint">
          {i18n.t('recorder.live.shareHint')} <strong>{i18n.t('recorder.live.shareButton')}</strong>
          .
        </p>
      )}
      {recording.status === 'countdown' && <Countdown recording={recording} now={now} />}
      {capturing && remaining <= MAX_LENGTH_WARNING_MS && (
        <p className="banner live-warning" role="alert" data-testid="max-length-warning">
          {i18n.t('recorder.live.maxLengthWarning', {
            minutes: Math.round(recording.maxMs / 60_000),
          })}
        </p>
      )}
      <LiveRecordingControls recording={recording} control={control} onDiscarding={onDiscarding} />
      <p className="hint">
        {i18n.t('recorder.live.stopShortcutStart')} <kbd>{i18n.t('recorder.keys.alt')}</kbd>+
        <kbd>{i18n.t('recorder.keys.shift')}</kbd>+<kbd>{i18n.t('recorder.keys.x')}</kbd>{' '}
        {i18n.t('recorder.live.stopShortcutEnd')}
      </p>
      {control.hostedInThisPage && (
        <p className="hint live-keep-open" data-testid="keep-tab-open">
          <strong>{i18n.t('recorder.live.keepTabOpen')}</strong>{' '}
          {i18n.t('recorder.live.closingStops')}
        </p>
      )}
      <Teleprompter prompts={reflection?.prompts ?? []} />
    </section>
  );
}

function Countdown({ recording, now }: { recording: RecordingRecord; now: number }) {
  const endsAt = recording.countdownEndsAt ?? now;
  const seconds = Math.max(1, Math.ceil((endsAt - now) / 1000));
  return (
    <p className="live-countdown" data-testid="live-countdown">
      <span className="sr-only">{i18n.t('recorder.live.countdown')} </span>
      <span className="live-countdown-number">{seconds}</span>
    </p>
  );
}

/**
 * Firefox records inside this tab: closing or reloading it would end the
 * recording, so the browser asks first.
 */
function useLeaveWarning(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}

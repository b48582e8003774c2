import { i18n } from '#i18n';
import type { RecordingRecord } from '@/lib/db/records';
import type { RecorderControl } from '@/lib/record/recorderControl';
import { useRecorderAction } from './useRecorderAction';

/**
 * Pause / Resume and Stop (and, on the full panel, Discard). The popup and the
 * dashboard share these, so they behave the same everywhere.
 */
export function LiveRecordingControls({
  recording,
  control,
  onDiscarding,
}: {
  recording: RecordingRecord;
  control: RecorderControl;
  /**
   * Given where Discard is offered (the full panel). Called with true just
   * before the recording is thrown away (its rows may vanish before the call
   * returns), and with false if that failed.
   */
  onDiscarding?: (active: boolean) => void;
}) {
  const { busy, error, run } = useRecorderAction();
  const { id, status } = recording;
  const capturing = status === 'recording' || status === 'paused';
  const retry = i18n.t('recorder.controls.retry');
  return (
    <>
      <div
        className="live-controls"
        role="group"
        aria-label={i18n.t('recorder.controls.groupLabel')}
      >
        {status === 'recording' && (
          <button
            type="button"
            data-testid="live-pause"
            disabled={busy}
            onClick={() => void run(() => control.pause(id), retry)}
          >
            <span aria-hidden="true">⏸ </span>
            {i18n.t('recorder.controls.pause')}
          </button>
        )}
        {status === 'paused' && (
          <button
            type="button"
            data-testid="live-resume"
            disabled={busy}
            onClick={() => void run(() => control.resume(id), retry)}
          >
            <span aria-hidden="true">▶ </span>
            {i18n.t('recorder.controls.resume')}
          </button>
        )}
        {capturing && (
          <button
            type="button"
            className="primary"
            data-testid="live-stop"
            disabled={busy}
            onClick={() => void run(() => control.stop(id), retry)}
          >
            <span aria-hidden="true">■ </span>
            {i18n.t('recorder.controls.stop')}
          </button>
        )}
        {onDiscarding && (
          <button
            type="button"
            className="danger"
            data-testid="live-discard"
            disabled={busy}
            onClick={() => {
              if (!confirm(i18n.t('recorder.controls.confirmDiscard'))) return;
              onDiscarding(true);
              void run(() => control.discard(id), retry).then((done) => {
                if (!done) onDiscarding(false);
              });
            }}
          >
            {i18n.t('recorder.common.discard')}
          </button>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

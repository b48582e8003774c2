import type { RecordingRecord } from '@/lib/db/records';
import type { RecorderControl } from '@/lib/record/recorderControl';
import { useRecorderAction } from './useRecorderAction';

const RETRY =
  'The recorder didn’t answer. Try again; if it keeps happening, press Alt+Shift+X to stop the recording.';

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
  return (
    <>
      <div className="live-controls" role="group" aria-label="Recording controls">
        {status === 'recording' && (
          <button
            type="button"
            data-testid="live-pause"
            disabled={busy}
            onClick={() => void run(() => control.pause(id), RETRY)}
          >
            <span aria-hidden="true">⏸ </span>Pause
          </button>
        )}
        {status === 'paused' && (
          <button
            type="button"
            data-testid="live-resume"
            disabled={busy}
            onClick={() => void run(() => control.resume(id), RETRY)}
          >
            <span aria-hidden="true">▶ </span>Resume
          </button>
        )}
        {capturing && (
          <button
            type="button"
            className="primary"
            data-testid="live-stop"
            disabled={busy}
            onClick={() => void run(() => control.stop(id), RETRY)}
          >
            <span aria-hidden="true">■ </span>Stop
          </button>
        )}
        {onDiscarding && (
          <button
            type="button"
            className="danger"
            data-testid="live-discard"
            disabled={busy}
            onClick={() => {
              if (!confirm('Discard this recording? It will be deleted and can’t be recovered.'))
                return;
              onDiscarding(true);
              void run(() => control.discard(id), RETRY).then((done) => {
                if (!done) onDiscarding(false);
              });
            }}
          >
            Discard
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

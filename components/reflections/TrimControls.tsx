import { i18n } from '#i18n';
import { useId, useState, type FormEvent } from 'react';

/** Shortest video a trim may leave, so a slip of the finger doesn't make an empty file. */
const MIN_TRIM_MS = 1000;

const toSeconds = (ms: number) => String(Math.round(ms / 100) / 10);

/**
 * Cut the start and end off a reflection: two times in seconds, each
 * settable from where the video is paused. The recorder makes the new video.
 */
export function TrimControls({
  durationMs,
  currentTimeMs,
  busy,
  onTrim,
}: {
  durationMs: number;
  /** Where the player is now, read when a "Set from current time" button is pressed. */
  currentTimeMs: () => number;
  busy: boolean;
  onTrim: (startMs: number, endMs: number) => void;
}) {
  const ids = useId();
  const [start, setStart] = useState('0');
  const [end, setEnd] = useState(() => toSeconds(durationMs));
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const startMs = Math.round(Number(start) * 1000);
    const endMs = Math.round(Number(end) * 1000);
    if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || start === '' || end === '')
      return setError(i18n.t('reflections.trim.badNumber'));
    if (startMs < 0 || endMs > durationMs + 500)
      return setError(i18n.t('reflections.trim.outOfRange', { max: toSeconds(durationMs) }));
    if (endMs - startMs < MIN_TRIM_MS) return setError(i18n.t('reflections.trim.tooShort'));
    if (!confirm(i18n.t('reflections.trim.confirm'))) return;
    setError(null);
    onTrim(startMs, Math.min(endMs, durationMs));
  }

  return (
    <form className="trim-controls" onSubmit={submit} aria-labelledby={`${ids}-heading`} noValidate>
      <h3 id={`${ids}-heading`}>{i18n.t('reflections.trim.heading')}</h3>
      <p className="hint">{i18n.t('reflections.trim.hint')}</p>
      <div className="trim-fields">
        <TrimField
          id={`${ids}-start`}
          label={i18n.t('reflections.trim.start')}
          value={start}
          onChange={setStart}
          onSetNow={() => setStart(toSeconds(currentTimeMs()))}
          setLabel={i18n.t('reflections.trim.setStart')}
          testId="trim-start"
          max={durationMs}
        />
        <TrimField
          id={`${ids}-end`}
          label={i18n.t('reflections.trim.end')}
          value={end}
          onChange={setEnd}
          onSetNow={() => setEnd(toSeconds(currentTimeMs()))}
          setLabel={i18n.t('reflections.trim.setEnd')}
          testId="trim-end"
          max={durationMs}
        />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy} data-testid="trim-submit">
        {i18n.t('reflections.trim.submit')}
      </button>
    </form>
  );
}

function TrimField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onSetNow: () => void;
  setLabel: string;
  testId: string;
  max: number;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        inputMode="decimal"
        min={0}
        max={props.max / 1000}
        step={0.1}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={props.testId}
      />{' '}
      <button type="button" onClick={props.onSetNow}>
        {props.setLabel}
      </button>
    </div>
  );
}

import { i18n } from '#i18n';
import type { RecordingStatus } from '@/lib/db/records';

const LABELS = {
  starting: 'recorder.indicator.starting',
  countdown: 'recorder.indicator.countdown',
  recording: 'recorder.indicator.recording',
  paused: 'recorder.indicator.paused',
} as const satisfies Partial<Record<RecordingStatus, string>>;

function labelOf(status: RecordingStatus): string {
  const key = status in LABELS ? LABELS[status as keyof typeof LABELS] : undefined;
  return i18n.t(key ?? 'recorder.indicator.stopped');
}

/** Whether the recorder is capturing: a red dot (or pause bars) and words, never colour alone. */
export function RecordingIndicator({ status }: { status: RecordingStatus }) {
  return (
    <span
      className={`rec-indicator rec-indicator-${status}`}
      data-testid="recording-indicator"
      data-status={status}
    >
      <span className="rec-dot" aria-hidden="true" />
      {labelOf(status)}
    </span>
  );
}

import type { RecordingStatus } from '@/lib/db/records';

const LABELS: Partial<Record<RecordingStatus, string>> = {
  starting: 'Getting ready',
  countdown: 'Starting soon',
  recording: 'Recording',
  paused: 'Paused',
};

/** Whether the recorder is capturing: a red dot (or pause bars) and words, never colour alone. */
export function RecordingIndicator({ status }: { status: RecordingStatus }) {
  return (
    <span
      className={`rec-indicator rec-indicator-${status}`}
      data-testid="recording-indicator"
      data-status={status}
    >
      <span className="rec-dot" aria-hidden="true" />
      {LABELS[status] ?? 'Stopped'}
    </span>
  );
}

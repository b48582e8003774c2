import type { ReflectionRecord } from '@/lib/db/records';
import { processingStepLabel } from './processingText';
import { ReflectionStatusBadge } from './ReflectionStatusBadge';
import type { useReflectionCommands } from './useReflectionCommands';

const ANNOUNCE: Record<ReflectionRecord['status'], string> = {
  recording: 'This reflection is still being recorded.',
  processing: 'Your video is being processed.',
  ready: 'Your video is ready.',
  failed: 'Processing failed.',
};

/** Where the reflection is (recording, processing with progress, ready, failed) and what can be done. */
export function ReflectionStatusPanel({
  reflection,
  commands,
}: {
  reflection: ReflectionRecord;
  commands: ReturnType<typeof useReflectionCommands>;
}) {
  const { status, processing } = reflection;
  return (
    <div className="reflection-status" data-testid="reflection-status-panel">
      {/* Status words only (not percentages), so a screen reader hears each change once. */}
      <p className="sr-only" role="status" aria-live="polite">
        {ANNOUNCE[status]}
      </p>
      <ReflectionStatusBadge reflection={reflection} />
      {status === 'processing' && (
        <>
          <p className="hint">
            {processingStepLabel(processing)}… You can leave this page; processing carries on.
          </p>
          <progress
            className="reflection-progress"
            max={1}
            value={processing?.ratio ?? undefined}
            aria-label="Processing progress"
          />
        </>
      )}
      {status === 'recording' && (
        <p className="hint">
          This reflection is still being recorded: <a href="#/record">go to the recorder</a>. If its
          recording was interrupted, recover it from the notice at the top of the page.
        </p>
      )}
      {status === 'failed' && (
        <p className="reflection-failure" data-testid="reflection-failure">
          {reflection.failure ?? 'Processing didn’t finish.'} Your recording is kept, so you can try
          again.
        </p>
      )}
      <div className="goal-actions">
        {status === 'failed' && (
          <button
            type="button"
            className="primary"
            disabled={commands.busy}
            onClick={() => void commands.retry()}
            data-testid="reflection-retry"
          >
            Retry
          </button>
        )}
        {status === 'processing' && (
          <button
            type="button"
            disabled={commands.busy}
            onClick={() => void commands.cancel()}
            data-testid="reflection-cancel"
          >
            Cancel processing
          </button>
        )}
      </div>
      {commands.error && (
        <p className="field-error" role="alert">
          {commands.error}
        </p>
      )}
    </div>
  );
}

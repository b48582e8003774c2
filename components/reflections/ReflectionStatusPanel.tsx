import { storedFailureInUiLanguage } from '@/lib/i18n/storedFailureInUiLanguage';
import { i18n } from '#i18n';
import type { ReflectionRecord } from '@/lib/db/records';
import { processingStepLabel } from './processingText';
import { ReflectionStatusBadge } from './ReflectionStatusBadge';
import type { useReflectionCommands } from './useReflectionCommands';

const ANNOUNCE_KEYS = {
  recording: 'reflections.announce.recording',
  processing: 'reflections.announce.processing',
  ready: 'reflections.announce.ready',
  failed: 'reflections.announce.failed',
} as const satisfies Record<ReflectionRecord['status'], string>;

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
        {i18n.t(ANNOUNCE_KEYS[status])}
      </p>
      <ReflectionStatusBadge reflection={reflection} />
      {status === 'processing' && (
        <>
          <p className="hint">
            {i18n.t('reflections.panel.stepHint', { step: processingStepLabel(processing) })}
          </p>
          <progress
            className="reflection-progress"
            max={1}
            value={processing?.ratio ?? undefined}
            aria-label={i18n.t('reflections.panel.progressLabel')}
          />
        </>
      )}
      {status === 'recording' && (
        <p className="hint">
          {i18n.t('reflections.panel.stillRecording')}{' '}
          <a href="#/record">{i18n.t('reflections.panel.goToRecorder')}</a>
          {i18n.t('reflections.panel.stillRecordingThen')}
        </p>
      )}
      {status === 'failed' && (
        <p className="reflection-failure" data-testid="reflection-failure">
          {reflection.failure
            ? storedFailureInUiLanguage(reflection.failure)
            : i18n.t('reflections.panel.didntFinish')}{' '}
          {i18n.t('reflections.panel.keptTryAgain')}
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
            {i18n.t('reflections.panel.retry')}
          </button>
        )}
        {status === 'processing' && (
          <button
            type="button"
            disabled={commands.busy}
            onClick={() => void commands.cancel()}
            data-testid="reflection-cancel"
          >
            {i18n.t('reflections.panel.cancel')}
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

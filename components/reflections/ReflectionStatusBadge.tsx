import { i18n } from '#i18n';
import type { ReflectionRecord } from '@/lib/db/records';
import { processingText } from './processingText';

const ICONS: Record<ReflectionRecord['status'], string> = {
  recording: '●',
  processing: '⏳',
  ready: '✓',
  failed: '⚠',
};

/** A reflection's state in words with a symbol, never colour alone. */
export function ReflectionStatusBadge({ reflection }: { reflection: ReflectionRecord }) {
  const { status } = reflection;
  const text =
    status === 'recording'
      ? i18n.t('reflections.status.recording')
      : status === 'processing'
        ? processingText(reflection.processing)
        : status === 'ready'
          ? i18n.t('reflections.status.ready')
          : i18n.t('reflections.status.failed');
  return (
    <span
      className={`status-badge status-${status}`}
      data-testid="reflection-status"
      data-status={status}
    >
      <span aria-hidden="true">{ICONS[status]} </span>
      {text}
    </span>
  );
}

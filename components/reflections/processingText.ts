import { i18n } from '#i18n';
import type { ReflectionRecord } from '@/lib/db/records';

type Processing = NonNullable<ReflectionRecord['processing']>;

const STEP_KEYS = {
  loading: 'reflections.steps.loading',
  converting: 'reflections.steps.converting',
  encoding: 'reflections.steps.encoding',
  trimming: 'reflections.steps.trimming',
  verifying: 'reflections.steps.verifying',
  poster: 'reflections.steps.poster',
} as const satisfies Record<Processing['step'], string>;

/** "about 10 s left" / "about 3 min left": rounded, because estimates wobble. */
export function formatTimeLeft(etaMs: number): string {
  const seconds = Math.max(1, Math.round(etaMs / 1000));
  if (seconds < 60) return i18n.t('reflections.progress.secondsLeft', { seconds: String(seconds) });
  return i18n.t('reflections.progress.minutesLeft', { minutes: String(Math.round(seconds / 60)) });
}

/** "Processing 42% · about 10 s left". */
export function processingText(processing: Processing | null): string {
  if (!processing) return i18n.t('reflections.progress.processing');
  const percent = Math.round(processing.ratio * 100);
  const eta =
    processing.etaMs !== null && processing.etaMs > 0
      ? ` · ${formatTimeLeft(processing.etaMs)}`
      : '';
  return `${i18n.t('reflections.progress.percent', { percent: String(percent) })}${eta}`;
}

export function processingStepLabel(processing: Processing | null): string {
  return processing ? i18n.t(STEP_KEYS[processing.step]) : i18n.t('reflections.steps.waiting');
}

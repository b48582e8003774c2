import type { ReflectionRecord } from '@/lib/db/records';

type Processing = NonNullable<ReflectionRecord['processing']>;

const STEP_LABELS: Record<Processing['step'], string> = {
  loading: 'Getting ready',
  converting: 'Making the video',
  encoding: 'Making it smaller',
  trimming: 'Trimming',
  verifying: 'Checking the video',
  poster: 'Making a thumbnail',
};

/** "about 10 s left" / "about 3 min left": rounded, because estimates wobble. */
export function formatTimeLeft(etaMs: number): string {
  const seconds = Math.max(1, Math.round(etaMs / 1000));
  if (seconds < 60) return `about ${seconds} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}

/** "Processing 42% · about 10 s left". */
export function processingText(processing: Processing | null): string {
  if (!processing) return 'Processing';
  const percent = Math.round(processing.ratio * 100);
  const eta =
    processing.etaMs !== null && processing.etaMs > 0
      ? ` · ${formatTimeLeft(processing.etaMs)}`
      : '';
  return `Processing ${percent}%${eta}`;
}

export function processingStepLabel(processing: Processing | null): string {
  return processing ? STEP_LABELS[processing.step] : 'Waiting to start';
}

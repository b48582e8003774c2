import { i18n } from '#i18n';

/** Milliseconds as a clock: 4:05, or 1:02:03 past an hour. Never negative. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** The same duration in words, for screen readers: "4 minutes 5 seconds". */
export function formatClockWords(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts = [];
  if (minutes > 0) parts.push(i18n.t('recorder.clock.minutes', minutes));
  if (seconds > 0 || minutes === 0) parts.push(i18n.t('recorder.clock.seconds', seconds));
  return parts.join(' ');
}

import { i18n } from '#i18n';
import type { RecordingRecord } from '@/lib/db/records';
import { activeElapsedMs } from '@/lib/record/activeElapsed';
import { formatClock } from './formatClock';
import { useNow } from './useNow';

/**
 * Time recorded so far (pauses excluded) out of the maximum. Re-rendered four
 * times a second so the seconds never skip; role=timer is not announced on
 * every tick, so a screen reader hears it only when the student reads it.
 */
export function ElapsedTime({ recording }: { recording: RecordingRecord }) {
  const now = useNow(250);
  const elapsed = activeElapsedMs(recording, now);
  return (
    <span className="rec-elapsed">
      <span className="sr-only">{i18n.t('recorder.elapsed.timeRecorded')} </span>
      <span role="timer" data-testid="recording-elapsed">
        {formatClock(elapsed)}
      </span>
      <span className="rec-max">
        {' '}
        <span aria-hidden="true">/</span>
        <span className="sr-only">{i18n.t('recorder.elapsed.ofAtMost')}</span>{' '}
        {formatClock(recording.maxMs)}
      </span>
    </span>
  );
}

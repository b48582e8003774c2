import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { estimateMinutesThatFit } from '@/lib/record/estimateMinutesThatFit';
import { recorderBitrates } from '@/lib/record/pickRecorderFormat';

/** Below this, the student is warned before recording (never stopped). */
export const LOW_SPACE_MINUTES = 10;

/**
 * How many minutes of video fit in the space left, read once when the setup
 * opens. A warning, not a block: the recorder stops cleanly if space runs out.
 */
export function FreeSpaceCheck({ fps }: { fps: 15 | 30 }) {
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  useEffect(() => {
    let cancelled = false;
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    storage
      ?.estimate?.()
      .then((result) => {
        if (!cancelled) setEstimate(result);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  if (!estimate) return null;
  // The recorder's own bitrates; estimateMinutesThatFit leaves room for the processed copy.
  const { videoBitsPerSecond, audioBitsPerSecond } = recorderBitrates(fps);
  const minutes = estimateMinutesThatFit(estimate, videoBitsPerSecond + audioBitsPerSecond);
  if (!Number.isFinite(minutes) || minutes >= LOW_SPACE_MINUTES) return null;
  return (
    <div className="banner record-space-warning" role="status" data-testid="low-space-warning">
      <p>
        <strong>
          {minutes < 1
            ? i18n.t('recorder.freeSpace.almostNone')
            : i18n.t('recorder.freeSpace.roomFor', Math.floor(minutes))}
        </strong>{' '}
        {i18n.t('recorder.freeSpace.canStillRecord')}
      </p>
      <a href="#/storage">{i18n.t('recorder.common.seeWhatTakesSpace')}</a>
    </div>
  );
}

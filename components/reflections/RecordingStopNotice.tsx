import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import type { RecordingStopReason } from '@/lib/db/records';
import { useDatabase } from '../app/DatabaseProvider';

/** Why a recording ended without the student pressing Stop; null when they did. */
function stopText(reason: RecordingStopReason, maxMs: number): string | null {
  switch (reason) {
    case 'student':
      return null;
    case 'quota':
      return i18n.t('reflections.stop.quota');
    case 'max-length':
      return i18n.t('reflections.stop.maxLength', { minutes: String(Math.round(maxMs / 60_000)) });
    case 'source-ended':
      return i18n.t('reflections.stop.sourceEnded');
    case 'device-lost':
      return i18n.t('reflections.stop.deviceLost');
    case 'error':
      return i18n.t('reflections.stop.error');
  }
}

/**
 * Says why a recording ended on its own (full disk, length limit, sharing
 * ended, device unplugged, crash). The recorder moves the student to this
 * page when it stops, so without it a recording that "just stopped" would
 * look like a bug, and a full disk would go unnoticed until the next one.
 */
export function RecordingStopNotice({ recordingId }: { recordingId: string | null }) {
  const { db } = useDatabase();
  const recording = useLiveQuery(
    async () => (recordingId ? ((await db.recordings.get(recordingId)) ?? null) : null),
    [db, recordingId],
  );
  if (!recording || recording.status !== 'stopped' || !recording.stopReason) return null;
  const text = stopText(recording.stopReason, recording.maxMs);
  if (!text) return null;
  return (
    <div
      className="banner recording-stop-notice"
      role="alert"
      data-testid="recording-stop-notice"
      data-reason={recording.stopReason}
    >
      <p>{text}</p>
      {recording.stopReason === 'quota' && (
        <a href="#/storage">{i18n.t('reflections.stop.seeSpace')}</a>
      )}
    </div>
  );
}

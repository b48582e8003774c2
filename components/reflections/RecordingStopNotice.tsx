import { useLiveQuery } from 'dexie-react-hooks';
import type { RecordingStopReason } from '@/lib/db/records';
import { useDatabase } from '../app/DatabaseProvider';

/** Why a recording ended without the student pressing Stop; null when they did. */
function stopText(reason: RecordingStopReason, maxMs: number): string | null {
  switch (reason) {
    case 'student':
      return null;
    case 'quota':
      return 'The recording stopped by itself because this device ran out of space. Everything recorded until then was kept. Free up some space before your next recording.';
    case 'max-length':
      return `The recording stopped by itself at the ${Math.round(maxMs / 60_000)}-minute limit. Everything recorded until then was kept.`;
    case 'source-ended':
      return 'The recording stopped because sharing ended (the page or window closed, or sharing was stopped). Everything recorded until then was kept.';
    case 'device-lost':
      return 'The recording stopped because the microphone or camera was disconnected. Everything recorded until then was kept.';
    case 'error':
      return 'The recording stopped unexpectedly. Everything saved until then was kept.';
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
      {recording.stopReason === 'quota' && <a href="#/storage">See what takes up space</a>}
    </div>
  );
}

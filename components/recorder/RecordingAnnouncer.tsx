import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { RecordingStatus, ReflectionRecord } from '@/lib/db/records';
import { useDatabase } from '../app/DatabaseProvider';
import { useLiveRecording } from './useLiveRecording';

const LIVE_WORDS: Partial<Record<RecordingStatus, string>> = {
  starting: 'Getting ready to record. Choose what to share if the browser asks.',
  countdown: 'Get ready: recording starts in a moment.',
  recording: 'Recording.',
  paused: 'Recording paused.',
};

const AFTER_WORDS: Record<ReflectionRecord['status'], string> = {
  recording: 'The recording was interrupted. You can recover it from the notice on this page.',
  processing: 'Recording stopped. Your video is being processed.',
  ready: 'Your video is ready.',
  failed: 'Processing didn’t finish. Your recording is kept, so you can try again.',
};

/** What the announcer says once the recording it followed is no longer live. */
function afterRecordingWords(reflection: ReflectionRecord | undefined): string {
  return reflection ? AFTER_WORDS[reflection.status] : 'Recording discarded.';
}

/**
 * One polite live region, mounted for the whole dashboard, that says each
 * recording state in words: getting ready, countdown, recording, paused, then
 * processing and done. It stays in the page while the recorder moves from
 * the live panel to the new reflection's page, so every change is a change
 * to a region the screen reader already knows (text in a region that
 * appears with it is often not read).
 */
export function RecordingAnnouncer() {
  const { db } = useDatabase();
  const live = useLiveRecording();
  // The reflection of the last recording seen capturing, to follow it after Stop.
  // A start that fails before capturing has its own alert on the setup screen.
  const [followed, setFollowed] = useState<string | null>(null);
  const capturing =
    live && (live.recording.status === 'recording' || live.recording.status === 'paused');
  const capturingId = capturing ? live.recording.reflectionId : null;
  if (capturingId && capturingId !== followed) setFollowed(capturingId);
  const isLive = Boolean(live);
  const after = useLiveQuery(
    async () => (followed && !isLive ? { reflection: await db.reflections.get(followed) } : null),
    [db, followed, isLive],
  );

  let words = '';
  if (live) words = LIVE_WORDS[live.recording.status] ?? '';
  else if (after) words = afterRecordingWords(after.reflection);
  return (
    <p className="sr-only" role="status" aria-live="polite" data-testid="recording-announcer">
      {words}
    </p>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import type { RecordingRecord, ReflectionRecord } from '@/lib/db/records';
import { hasFreshHeartbeat, LIVE_RECORDING_STATUSES } from '@/lib/record/isRecordingLive';
import { useDatabase } from '../app/DatabaseProvider';
import { useNow } from './useNow';

/** How often to re-check the heartbeat: a recorder that died stops beating, and no write says so. */
const HEARTBEAT_CHECK_MS = 2000;

export interface LiveRecording {
  recording: RecordingRecord;
  reflection: ReflectionRecord | undefined;
}

/**
 * The recording under way, if any (there is at most one), with its reflection
 * for the title and prompts. undefined while loading, null when none. A
 * recording whose recorder stopped beating is not live: the interrupted
 * recordings banner offers to recover it instead.
 */
export function useLiveRecording(): LiveRecording | null | undefined {
  const { db } = useDatabase();
  const now = useNow(HEARTBEAT_CHECK_MS);
  return useLiveQuery(async () => {
    const candidates = await db.recordings
      .where('status')
      .anyOf([...LIVE_RECORDING_STATUSES])
      .toArray();
    // The liveQuery re-runs on every heartbeat write, so compare with the real clock.
    const recording = candidates.find((r) => hasFreshHeartbeat(r, Math.max(now, Date.now())));
    if (!recording) return null;
    return { recording, reflection: await db.reflections.get(recording.reflectionId) };
  }, [db, now]);
}

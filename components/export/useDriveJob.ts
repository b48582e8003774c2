import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DriveJobRecord } from '@/lib/db/records';
import type { PlpDatabase } from '@/lib/db/schema';
import { latestDriveJob } from '@/lib/export/drive/driveJobStore';
import { backgroundMessenger } from '@/lib/messaging/background';

/**
 * A running job whose heartbeat is older than this has lost its worker (the browser stopped it).
 * The worker writes one every 5 s, so three missed beats is a safe sign.
 */
export const STALE_HEARTBEAT_MS = 15_000;
const CHECK_EVERY_MS = 5_000;

/**
 * The newest Drive export job, live from IndexedDB. While it runs, the page checks its heartbeat;
 * a stale one means the service worker was stopped, and a message wakes it up to resume.
 */
export function useDriveJob(db: PlpDatabase): DriveJobRecord | undefined {
  const job = useLiveQuery(() => latestDriveJob(db), [db]);
  const [lastNudge, setLastNudge] = useState(0);
  const running = job?.status === 'running' || job?.status === 'queued';
  const heartbeatAt = job?.heartbeatAt ?? 0;

  useEffect(() => {
    if (!running) return;
    const check = () => {
      const now = Date.now();
      if (now - heartbeatAt < STALE_HEARTBEAT_MS || now - lastNudge < STALE_HEARTBEAT_MS) return;
      setLastNudge(now);
      void backgroundMessenger.sendMessage('driveExportResume', undefined).catch(() => undefined);
    };
    check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [running, heartbeatAt, lastNudge]);

  return job;
}

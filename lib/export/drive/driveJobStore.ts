/** Drive export jobs in IndexedDB (table driveJobs): the one place their state lives. */
import {
  type DriveJobRecord,
  type DriveJobStatus,
  UNFINISHED_DRIVE_JOB_STATUSES,
} from '../../db/records';
import type { PlpDatabase } from '../../db/schema';
import type { BundleScopeRequest } from '../bundle/bundleScope';

/** Finished jobs kept for the Export page to show; older ones are removed when a job starts. */
const FINISHED_JOBS_KEPT = 5;

const ACTIVE_STATUSES: readonly DriveJobStatus[] = [
  ...UNFINISHED_DRIVE_JOB_STATUSES,
  'paused-auth',
];

export function isDriveJobActive(job: Pick<DriveJobRecord, 'status'>): boolean {
  return ACTIVE_STATUSES.includes(job.status);
}

export async function createDriveJob(
  db: PlpDatabase,
  scope: BundleScopeRequest,
  deps: { now: () => number; newId: () => string },
): Promise<DriveJobRecord> {
  const at = deps.now();
  const job: DriveJobRecord = {
    id: deps.newId(),
    status: 'queued',
    scope: structuredClone(scope) as DriveJobRecord['scope'],
    planned: false,
    files: [],
    totalBytes: 0,
    createdAt: at,
    updatedAt: at,
    heartbeatAt: at,
    error: null,
    result: null,
  };
  await db.transaction('rw', db.driveJobs, async () => {
    const finished = (await db.driveJobs.toArray())
      .filter((old) => !isDriveJobActive(old))
      .sort((a, b) => b.createdAt - a.createdAt);
    await db.driveJobs.bulkDelete(finished.slice(FINISHED_JOBS_KEPT - 1).map((old) => old.id));
    await db.driveJobs.add(job);
  });
  return job;
}

/** The newest job (what the Export page shows). */
export async function latestDriveJob(db: PlpDatabase): Promise<DriveJobRecord | undefined> {
  const jobs = await db.driveJobs.toArray();
  return jobs.sort((a, b) => b.createdAt - a.createdAt)[0];
}

/** Jobs a (re)started worker should pick up: queued or running when the last worker stopped. */
export async function unfinishedDriveJobs(db: PlpDatabase): Promise<DriveJobRecord[]> {
  const jobs = await db.driveJobs.where('status').anyOf(UNFINISHED_DRIVE_JOB_STATUSES).toArray();
  return jobs.sort((a, b) => a.createdAt - b.createdAt);
}

export async function activeDriveJob(db: PlpDatabase): Promise<DriveJobRecord | undefined> {
  const jobs = await db.driveJobs.where('status').anyOf(ACTIVE_STATUSES).toArray();
  return jobs.sort((a, b) => a.createdAt - b.createdAt)[0];
}

/**
 * Reads, changes and writes one job in a single transaction, so the runner's progress writes
 * never overwrite a cancel made meanwhile. `change` returns false to leave the row as it was.
 * It must not await anything but this transaction (Dexie would commit early).
 */
export async function updateDriveJob(
  db: PlpDatabase,
  id: string,
  change: (job: DriveJobRecord) => boolean | void,
  now: () => number = Date.now,
): Promise<DriveJobRecord | undefined> {
  return db.transaction('rw', db.driveJobs, async () => {
    const job = await db.driveJobs.get(id);
    if (!job || change(job) === false) return job;
    job.updatedAt = now();
    await db.driveJobs.put(job);
    return job;
  });
}

/** Marks a job cancelled unless it already ended; true when it was still active. */
export async function markDriveJobCancelled(
  db: PlpDatabase,
  id: string,
  now: () => number = Date.now,
): Promise<boolean> {
  let cancelled = false;
  await updateDriveJob(
    db,
    id,
    (job) => {
      if (!isDriveJobActive(job)) return false;
      job.status = 'cancelled';
      job.error = null;
      for (const file of job.files) if (file.status === 'uploading') file.status = 'pending';
      cancelled = true;
    },
    now,
  );
  return cancelled;
}

export function driveFolderUrl(folderId: string): string {
  return `https://drive.google.com/drive/folders/${encodeURIComponent(folderId)}`;
}

/** Google's share-to-Classroom link for a page: the student picks the class and post there. */
export function classroomShareUrl(pageUrl: string): string {
  return `https://classroom.google.com/share?url=${encodeURIComponent(pageUrl)}`;
}

/**
 * Runs (or resumes) one Drive export job to its end. Everything it needs is injected, so the
 * same function runs in the service worker, in Firefox's event page, and in unit tests against
 * the emulator. All state is in the job row and the upload-session store: after the worker is
 * stopped, calling this again on the same job skips finished files and resumes the file that was
 * in flight from the offset Drive confirmed.
 */
import { i18n } from '#i18n';
import type { DriveJobFile, DriveJobRecord, DriveJobStatus } from '../../db/records';
import type { PlpDatabase } from '../../db/schema';
import { sha256Hex } from '../bundle/sha256Hex';
import type { DriveClient } from './driveClient';
import {
  DRIVE_CHUNK_GRANULARITY,
  DRIVE_FOLDER_MIME_TYPE,
  DriveError,
  type DriveFile,
} from './driveTypes';
import { DriveItemGoneError, loadDriveItemContent } from './driveItemContent';
import { driveFolderUrl, updateDriveJob } from './driveJobStore';
import { classifyDriveExportError, DriveExportStop } from './describeDriveExportError';
import { planDriveExport } from './planDriveExport';
import type { UploadSessionStore } from './uploadSessionStore';

/**
 * 2 MiB per PUT: small enough that a school network's dropped connection re-sends little and
 * progress moves every few seconds on slow links; large enough that a video is not thousands of
 * requests. Must be a multiple of 256 KiB (Drive's rule).
 */
export const DRIVE_EXPORT_CHUNK_SIZE = 8 * DRIVE_CHUNK_GRANULARITY;

/** Progress is written to the job row at most this often (a row write per chunk is plenty). */
const PROGRESS_WRITE_INTERVAL_MS = 500;

export interface RunDriveExportDeps {
  db: PlpDatabase;
  client: DriveClient;
  sessionStore: UploadSessionStore;
  /** From DriveSettings: an existing folder id set by the school wins over the folder name. */
  rootFolderId: string;
  rootFolderName: string;
  jobId: string;
  signal: AbortSignal;
  now: () => number;
  chunkSize?: number;
}

const FINISHED_FILE: ReadonlySet<DriveJobFile['status']> = new Set(['done', 'skipped']);

async function findRootFolder(deps: RunDriveExportDeps): Promise<DriveFile> {
  if (deps.rootFolderId.trim() !== '') {
    // The school's folder is used as it is, never re-created: if it is gone, the export stops.
    const unusable = new DriveExportStop(i18n.t('exportFiles.drive.schoolFolderUnusable'));
    const folder = await deps.client
      .getFile(deps.rootFolderId.trim(), deps.signal)
      .catch((error: unknown) => {
        throw error instanceof DriveError && error.status === 404 ? unusable : error;
      });
    if (folder.mimeType !== DRIVE_FOLDER_MIME_TYPE || folder.trashed) throw unusable;
    return folder;
  }
  // Not translated: the root is found again by this name (it has no key), so a student who
  // changes language must not get a second root folder.
  return deps.client.ensureFolder(deps.rootFolderName.trim() || 'PLP Companion', 'root', {
    signal: deps.signal,
  });
}

/** Plans the job's files once; a resumed job keeps its list, so finished files stay finished. */
async function planIfNeeded(deps: RunDriveExportDeps, job: DriveJobRecord) {
  if (job.planned) return job;
  const files = await planDriveExport(deps.db, job.scope);
  const planned = await updateDriveJob(
    deps.db,
    job.id,
    (row) => {
      if (row.status !== 'running') return false;
      row.files = files;
      row.totalBytes = files.reduce((sum, file) => sum + file.size, 0);
      row.planned = true;
    },
    deps.now,
  );
  return planned ?? job;
}

export async function runDriveExport(deps: RunDriveExportDeps): Promise<DriveJobStatus> {
  const { db, jobId, now } = deps;
  const started = await updateDriveJob(
    db,
    jobId,
    (job) => {
      if (job.status !== 'queued' && job.status !== 'running' && job.status !== 'paused-auth') {
        return false;
      }
      job.status = 'running';
      job.error = null;
      job.heartbeatAt = now();
    },
    now,
  );
  if (!started || started.status !== 'running') return started?.status ?? 'failed';
  try {
    const job = await planIfNeeded(deps, started);
    const root = await findRootFolder(deps);
    await updateDriveJob(
      db,
      jobId,
      (row) => {
        row.result = { rootFolderId: root.id, rootFolderUrl: driveFolderUrl(root.id) };
      },
      now,
    );
    const folders = await ensureGoalFolders(deps, job.files, root.id);
    for (const [index, file] of job.files.entries()) {
      if (FINISHED_FILE.has(file.status)) continue;
      deps.signal.throwIfAborted();
      await uploadOne(deps, index, file, folders.get(file.folderKey)!);
    }
    return await finish(deps);
  } catch (error) {
    return stop(deps, error);
  }
}

/** One subfolder per goal; ensureFolder finds an existing one (by key, then name) before creating. */
async function ensureGoalFolders(deps: RunDriveExportDeps, files: DriveJobFile[], rootId: string) {
  const folders = new Map<string, string>();
  for (const file of files) {
    if (folders.has(file.folderKey) || FINISHED_FILE.has(file.status)) continue;
    const folder = await deps.client.ensureFolder(
      file.folderName || i18n.t('exportFiles.drive.untitledGoal'),
      rootId,
      {
        key: file.folderKey,
        signal: deps.signal,
      },
    );
    folders.set(file.folderKey, folder.id);
  }
  return folders;
}

async function uploadOne(
  deps: RunDriveExportDeps,
  index: number,
  file: DriveJobFile,
  parentId: string,
): Promise<void> {
  const { db, jobId, now } = deps;
  const setFile = (patch: Partial<DriveJobFile>, extra?: (job: DriveJobRecord) => void) =>
    updateDriveJob(
      db,
      jobId,
      (job) => {
        const row = job.files[index];
        if (job.status !== 'running' || !row || row.itemId !== file.itemId) return false;
        Object.assign(row, patch);
        job.heartbeatAt = now();
        extra?.(job);
      },
      now,
    );

  let content;
  try {
    content = await loadDriveItemContent(db, file);
  } catch (error) {
    if (!(error instanceof DriveItemGoneError)) throw error;
    await setFile({ status: 'skipped', error: i18n.t('exportFiles.drive.itemDeleted') });
    return;
  }
  const hash = await sha256Hex(content.blob);
  await setFile({ status: 'uploading', hash, error: null }, (job) => {
    // Generated pages' sizes are known only now; totals follow the real bytes.
    const row = job.files[index]!;
    job.totalBytes += content.blob.size - row.size;
    row.size = content.blob.size;
  });

  let lastWrite = 0;
  try {
    const { file: uploaded, skipped } = await deps.client.uploadItem(
      {
        itemId: file.itemId,
        hash,
        blob: content.blob,
        name: file.name,
        parentId,
        description: content.description,
      },
      {
        chunkSize: deps.chunkSize ?? DRIVE_EXPORT_CHUNK_SIZE,
        signal: deps.signal,
        sessionStore: deps.sessionStore,
        onProgress: ({ uploadedBytes }) => {
          if (now() - lastWrite < PROGRESS_WRITE_INTERVAL_MS) return;
          lastWrite = now();
          // Not awaited: the upload goes on while the row is written; the final write below wins.
          void setFile({ uploadedBytes }).catch(() => undefined);
        },
      },
    );
    await setFile({
      // Found in Drive on a resumed upload: the last worker finished it but was stopped before
      // recording that, so it counts as uploaded, not as "already there".
      status: skipped && file.status === 'pending' ? 'skipped' : 'done',
      uploadedBytes: content.blob.size,
      driveFileId: uploaded.id,
    });
  } catch (error) {
    const outcome = classifyDriveExportError(error);
    if (outcome.scope !== 'file') throw error;
    // This file alone failed (e.g. its MD5 did not match): the others still go.
    await setFile({ status: 'failed', error: outcome.message });
  }
}

async function finish(deps: RunDriveExportDeps): Promise<DriveJobStatus> {
  const job = await updateDriveJob(
    deps.db,
    deps.jobId,
    (row) => {
      if (row.status !== 'running') return false;
      const failed = row.files.filter((file) => file.status === 'failed').length;
      row.status = failed ? 'failed' : 'done';
      row.error = failed
        ? i18n.t('exportFiles.drive.filesFailed', { failed, total: row.files.length })
        : null;
      row.heartbeatAt = deps.now();
    },
    deps.now,
  );
  return job?.status ?? 'failed';
}

async function stop(deps: RunDriveExportDeps, error: unknown): Promise<DriveJobStatus> {
  const outcome = classifyDriveExportError(error);
  const job = await updateDriveJob(
    deps.db,
    deps.jobId,
    (row) => {
      if (row.status !== 'running') return false;
      for (const file of row.files) if (file.status === 'uploading') file.status = 'pending';
      row.status =
        outcome.scope === 'cancelled'
          ? 'cancelled'
          : outcome.scope === 'auth'
            ? 'paused-auth'
            : 'failed';
      row.error = outcome.scope === 'cancelled' ? null : outcome.message;
      row.heartbeatAt = deps.now();
    },
    deps.now,
  );
  return job?.status ?? 'failed';
}

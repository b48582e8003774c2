import * as v from 'valibot';
import { idSchema, text, timestamp } from './recordPrimitives';

/** The Drive export's stored shapes (schema v5): upload sessions and export jobs. */

/**
 * One Drive resumable-upload session (v5), keyed by the upload's session key (item id + content
 * hash). Written after every confirmed chunk, so a restarted service worker resumes the upload
 * from Drive's offset instead of sending the file again. A session lives about a week at Google.
 */
export const driveUploadRecordSchema = v.object({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  sessionUri: text(4096),
  offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
  updatedAt: timestamp,
});
export type DriveUploadRecord = v.InferOutput<typeof driveUploadRecordSchema>;

/** What the student chose to export (lib/export/bundle/bundleScope.ts), as messages and jobs keep it. */
export const exportScopeRequestSchema = v.variant('kind', [
  v.object({ kind: v.literal('everything') }),
  v.object({ kind: v.literal('goals'), goalIds: v.pipe(v.array(idSchema), v.maxLength(1000)) }),
  v.object({
    kind: v.literal('dates'),
    from: v.nullable(timestamp),
    to: v.nullable(timestamp),
  }),
  v.object({
    kind: v.literal('items'),
    keys: v.pipe(
      v.array(v.object({ table: v.picklist(['evidence', 'reflections']), id: idSchema })),
      v.maxLength(100_000),
    ),
  }),
]);

export const DRIVE_JOB_STATUSES = [
  'queued',
  'running',
  'paused-auth',
  'done',
  'failed',
  'cancelled',
] as const;
export type DriveJobStatus = (typeof DRIVE_JOB_STATUSES)[number];
/** Jobs the service worker picks up again when it starts (or is asked to resume). */
export const UNFINISHED_DRIVE_JOB_STATUSES = ['queued', 'running'] as const;

export const DRIVE_FILE_STATUSES = ['pending', 'uploading', 'done', 'skipped', 'failed'] as const;
export type DriveJobFileStatus = (typeof DRIVE_FILE_STATUSES)[number];

export const driveJobFileSchema = v.object({
  /** The appProperties item id: "<table>:<record id>", unique across evidence and reflections. */
  itemId: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  table: v.picklist(['evidence', 'reflections']),
  recordId: idSchema,
  /** The item's main media, or null when a small page is generated from its text. */
  mediaId: v.nullable(idSchema),
  name: text(300),
  /** Stable role of the goal folder ("goal:<id>" or "other"), and the name it is created with. */
  folderKey: text(80),
  folderName: text(300),
  size: v.pipe(v.number(), v.minValue(0)),
  status: v.picklist(DRIVE_FILE_STATUSES),
  uploadedBytes: v.pipe(v.number(), v.minValue(0)),
  /** SHA-256 of the uploaded bytes, set before the upload starts so a resume finds its session. */
  hash: v.nullable(text(128)),
  driveFileId: v.nullable(text(200)),
  error: v.nullable(text(2000)),
});
export type DriveJobFile = v.InferOutput<typeof driveJobFileSchema>;

/**
 * A Google Drive export (v5). The service worker runs it and writes progress here; the Export
 * page only reads this row (media never travels through messages). A stale heartbeatAt on a
 * running job means the worker was stopped, and the page asks it to resume.
 */
export const driveJobRecordSchema = v.object({
  id: idSchema,
  status: v.picklist(DRIVE_JOB_STATUSES),
  scope: exportScopeRequestSchema,
  /** False until the file list is planned (planning happens in the worker, not at the click). */
  planned: v.boolean(),
  files: v.array(driveJobFileSchema),
  totalBytes: v.pipe(v.number(), v.minValue(0)),
  createdAt: timestamp,
  updatedAt: timestamp,
  heartbeatAt: timestamp,
  /** Why the job paused or failed, in words the student can act on. */
  error: v.nullable(text(2000)),
  result: v.nullable(v.object({ rootFolderId: text(200), rootFolderUrl: text(500) })),
});
export type DriveJobRecord = v.InferOutput<typeof driveJobRecordSchema>;

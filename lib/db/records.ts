import * as v from 'valibot';

/**
 * The shapes of everything PLP Companion stores. Each is a valibot schema so
 * the importer, the migration tests and message handlers validate against the
 * same definition the database uses. (Valibot, not zod: zod's JIT compiles
 * validators with `new Function`, which MV3's CSP and AMO's linter reject.)
 */

export const GOAL_CATEGORIES = ['academic', 'personal', 'career', 'civic'] as const;
export type GoalCategory = (typeof GOAL_CATEGORIES)[number];

export const GOAL_STATUSES = ['active', 'achieved', 'archived'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const GOAL_TITLE_MAX = 120;

export const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const timestamp = v.pipe(v.number(), v.integer(), v.minValue(0));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** A calendar day, kept as text so it never shifts with the time zone. */
export const isoDaySchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

export const goalStepSchema = v.object({
  id: idSchema,
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  done: v.boolean(),
});
export type GoalStep = v.InferOutput<typeof goalStepSchema>;

export const goalRecordSchema = v.object({
  id: idSchema,
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(GOAL_TITLE_MAX)),
  category: v.picklist(GOAL_CATEGORIES),
  description: text(5000),
  whyItMatters: text(5000),
  successCriteria: text(5000),
  steps: v.pipe(v.array(goalStepSchema), v.maxLength(100)),
  skillIds: v.array(idSchema),
  status: v.picklist(GOAL_STATUSES),
  targetDate: v.nullable(isoDaySchema),
  order: v.number(),
  createdAt: timestamp,
  updatedAt: timestamp,
  achievedAt: v.nullable(timestamp),
});
export type GoalRecord = v.InferOutput<typeof goalRecordSchema>;

export const SKILL_SOURCES = ['default', 'custom', 'school'] as const;

export const skillRecordSchema = v.object({
  id: idSchema,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  description: text(2000),
  order: v.number(),
  source: v.picklist(SKILL_SOURCES),
});
export type SkillRecord = v.InferOutput<typeof skillRecordSchema>;

export const EVIDENCE_KINDS = [
  'visible',
  'fullpage',
  'region',
  'selection',
  'image',
  'link',
  'article',
  'snapshot',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const CLIP_SOURCES = ['popup', 'context-menu', 'shortcut', 'import'] as const;
export type ClipSource = (typeof CLIP_SOURCES)[number];

const nullableText = (max: number) => v.nullable(text(max));

/** Characters of the title kept in the sort index; enough to order any real list. */
export const SORT_TITLE_LENGTH = 48;

export const evidenceRecordSchema = v.object({
  id: idSchema,
  kind: v.picklist(EVIDENCE_KINDS),
  /** The student's title; starts as the page title. */
  title: text(500),
  /** "What does this show about my learning?" */
  note: text(20000),
  url: text(8192),
  capturedAt: timestamp,
  goalIds: v.array(idSchema),
  skillIds: v.array(idSchema),
  /** Lower-cased words of the title, note and page title: a multi-entry index for prefix search. */
  searchWords: v.array(text(64)),
  /** SHA-256 (hex) of the clip's content: the media bytes, or the text for text-only clips. */
  contentHash: text(128),
  /** The clip itself: screenshot, image, article or selection HTML, or snapshot. */
  mediaId: v.nullable(idSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
  // Added in schema v2: the page's context, kept with every clip.
  source: v.picklist(CLIP_SOURCES),
  canonicalUrl: nullableText(8192),
  pageTitle: text(1000),
  siteName: nullableText(500),
  byline: nullableText(500),
  publishedTime: nullableText(64),
  description: nullableText(5000),
  lang: nullableText(35),
  dir: v.nullable(v.picklist(['ltr', 'rtl'])),
  faviconUrl: nullableText(8192),
  /** The favicon itself (a small data: URL), so the library never calls the site again. */
  faviconDataUrl: nullableText(65536),
  ogImageUrl: nullableText(8192),
  /** Selection or article text, for search; long, so never indexed. */
  text: text(2_000_000),
  excerpt: nullableText(2000),
  textFragmentUrl: nullableText(16384),
  thumbnailMediaId: v.nullable(idSchema),
  /** The lower parts of a full-page screenshot too tall for one image, top to bottom, after mediaId. */
  partMediaIds: v.array(idSchema),
  /** Pixel size of screenshot and image clips. */
  width: v.nullable(v.number()),
  height: v.nullable(v.number()),
  // Added in schema v4 (the library): derived by lib/db/derivedFields.ts on every write.
  /** The title, lower-cased and cut short: the index "sort by title" walks. */
  sortTitle: text(SORT_TITLE_LENGTH),
  /** When the student moved it to the trash; null while it is in the library. */
  deletedAt: v.nullable(timestamp),
});
export type EvidenceRecord = v.InferOutput<typeof evidenceRecordSchema>;

export const REFLECTION_STATUSES = ['recording', 'processing', 'ready', 'failed'] as const;
export type ReflectionStatus = (typeof REFLECTION_STATUSES)[number];

export const reflectionRecordSchema = v.object({
  id: idSchema,
  kind: v.picklist(['written', 'recorded']),
  title: text(500),
  note: text(20000),
  goalIds: v.array(idSchema),
  skillIds: v.array(idSchema),
  recordingId: v.nullable(idSchema),
  /** The finished, verified MP4 (or WebM); null until processing succeeds. */
  mediaId: v.nullable(idSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
  // Since v3: recorded reflections move recording → processing → ready | failed.
  status: v.picklist(REFLECTION_STATUSES),
  durationMs: v.nullable(v.number()),
  posterMediaId: v.nullable(idSchema),
  /** Why processing failed, in words a student can act on; the recording is kept for a retry. */
  failure: v.nullable(text(2000)),
  /** Live progress while processing (null otherwise), so every page can show it. */
  processing: v.nullable(
    v.object({
      step: v.picklist(['loading', 'converting', 'encoding', 'trimming', 'verifying', 'poster']),
      ratio: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
      etaMs: v.nullable(v.number()),
      startedAt: timestamp,
    }),
  ),
  /** The prompts shown on screen while recording, so a teacher sees what was asked. */
  prompts: v.pipe(v.array(text(300)), v.maxLength(20)),
  // Since v4 (the library), derived on every write like evidence's.
  searchWords: v.array(text(64)),
  sortTitle: text(SORT_TITLE_LENGTH),
  deletedAt: v.nullable(timestamp),
});
export type ReflectionRecord = v.InferOutput<typeof reflectionRecordSchema>;

export const RECORDING_SOURCES = ['tab', 'window', 'screen'] as const;
export type RecordingSource = (typeof RECORDING_SOURCES)[number];
export const RECORDING_STATUSES = [
  'starting',
  'countdown',
  'recording',
  'paused',
  'stopped',
  'interrupted',
] as const;
export type RecordingStatus = (typeof RECORDING_STATUSES)[number];
export const RECORDING_STOP_REASONS = [
  'student',
  'max-length',
  'quota',
  'source-ended',
  'device-lost',
  'error',
] as const;
export type RecordingStopReason = (typeof RECORDING_STOP_REASONS)[number];

/**
 * One capture session's bookkeeping (v3). The host writes it as it goes so any
 * page can show the timer, and so a dead host is noticed (stale heartbeatAt)
 * and its chunks offered for recovery.
 */
export const recordingRecordSchema = v.object({
  id: idSchema,
  reflectionId: idSchema,
  status: v.picklist(RECORDING_STATUSES),
  source: v.picklist(RECORDING_SOURCES),
  microphone: v.boolean(),
  webcam: v.boolean(),
  fps: v.number(),
  /** What MediaRecorder actually produced, e.g. video/mp4;codecs=avc1,opus. */
  mimeType: text(200),
  createdAt: timestamp,
  countdownEndsAt: v.nullable(timestamp),
  startedAt: v.nullable(timestamp),
  pausedAt: v.nullable(timestamp),
  pausedTotalMs: v.number(),
  endedAt: v.nullable(timestamp),
  heartbeatAt: timestamp,
  chunkCount: v.number(),
  bytes: v.number(),
  maxMs: v.number(),
  stopReason: v.nullable(v.picklist(RECORDING_STOP_REASONS)),
  error: v.nullable(text(2000)),
});
export type RecordingRecord = v.InferOutput<typeof recordingRecordSchema>;

export const promptSetRecordSchema = v.object({
  id: idSchema,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  prompts: v.pipe(
    v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(300))),
    v.minLength(1),
    v.maxLength(20),
  ),
  /** Null for a set anyone can pick; a goal id for that goal's own set. */
  goalId: v.nullable(idSchema),
  source: v.picklist(['default', 'custom', 'school']),
  order: v.number(),
  updatedAt: timestamp,
});
export type PromptSetRecord = v.InferOutput<typeof promptSetRecordSchema>;

/** Binary payloads live here, apart from the rows that are listed and searched. */
export interface MediaRecord {
  id: string;
  ownerId: string;
  mimeType: string;
  size: number;
  blob: Blob;
  createdAt: number;
}

/** One MediaRecorder timeslice, written as it arrives so a crash loses at most one slice. */
export interface RecordingChunkRecord {
  recordingId: string;
  seq: number;
  blob: Blob;
  size: number;
  recordedAt: number;
}

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

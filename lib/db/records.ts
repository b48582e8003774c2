import * as v from 'valibot';
import { idSchema, isoDaySchema, text, timestamp } from './recordPrimitives';

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

export { idSchema, isoDaySchema } from './recordPrimitives';
// The Drive export's records live apart to keep each file readable; importers use this one.
export * from './driveRecords';

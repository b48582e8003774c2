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

/** Later issues add capture fields in new schema versions. */
export const evidenceRecordSchema = v.object({
  id: idSchema,
  kind: v.picklist(EVIDENCE_KINDS),
  title: text(500),
  note: text(20000),
  url: text(8192),
  capturedAt: timestamp,
  goalIds: v.array(idSchema),
  skillIds: v.array(idSchema),
  /** Lower-cased words of the title and note: a multi-entry index for prefix search. */
  searchWords: v.array(text(64)),
  contentHash: text(128),
  mediaId: v.nullable(idSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type EvidenceRecord = v.InferOutput<typeof evidenceRecordSchema>;

export const reflectionRecordSchema = v.object({
  id: idSchema,
  kind: v.picklist(['written', 'recorded']),
  title: text(500),
  note: text(20000),
  goalIds: v.array(idSchema),
  skillIds: v.array(idSchema),
  recordingId: v.nullable(idSchema),
  mediaId: v.nullable(idSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type ReflectionRecord = v.InferOutput<typeof reflectionRecordSchema>;

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

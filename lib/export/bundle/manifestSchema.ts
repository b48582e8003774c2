import * as v from 'valibot';
import {
  evidenceRecordSchema,
  goalRecordSchema,
  idSchema,
  reflectionRecordSchema,
  skillRecordSchema,
} from '../../db/records';

/**
 * manifest.json: what a PLP Companion bundle holds. Records reuse the
 * database's own schemas, minus what is never exported: the derived search
 * fields (the importer's Dexie hooks recompute them) and the trash marker
 * (trashed items are never exported). Bump BUNDLE_FORMAT_VERSION on any change
 * an older importer could misread.
 */
export const BUNDLE_FORMAT = 'plp-companion-bundle';
export const BUNDLE_FORMAT_VERSION = 1;

export const MEDIA_ROLES = ['main', 'thumbnail', 'part', 'video', 'poster'] as const;
export type MediaRole = (typeof MEDIA_ROLES)[number];

const NOT_EXPORTED = ['searchWords', 'sortTitle', 'deletedAt'] as const;
export const bundleEvidenceSchema = v.omit(evidenceRecordSchema, NOT_EXPORTED);
export const bundleReflectionSchema = v.omit(reflectionRecordSchema, NOT_EXPORTED);
export type BundleEvidence = v.InferOutput<typeof bundleEvidenceSchema>;
export type BundleReflection = v.InferOutput<typeof bundleReflectionSchema>;

const timestamp = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A relative path inside the ZIP; the importer checks it is safe, too. */
const bundlePath = v.pipe(v.string(), v.minLength(1), v.maxLength(1024));

export const bundleMediaSchema = v.object({
  id: idSchema,
  /** The clip or reflection the file belongs to. */
  ownerId: idSchema,
  role: v.picklist(MEDIA_ROLES),
  mimeType: v.pipe(v.string(), v.maxLength(200)),
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  path: bundlePath,
  createdAt: timestamp,
});
export type BundleMedia = v.InferOutput<typeof bundleMediaSchema>;

const scopeDescription = v.pipe(v.string(), v.maxLength(500));
export const bundleScopeSchema = v.variant('kind', [
  v.object({ kind: v.literal('everything'), description: scopeDescription }),
  v.object({
    kind: v.literal('goals'),
    description: scopeDescription,
    goalIds: v.array(idSchema),
  }),
  v.object({
    kind: v.literal('dates'),
    description: scopeDescription,
    from: v.nullable(timestamp),
    to: v.nullable(timestamp),
  }),
  v.object({
    kind: v.literal('items'),
    description: scopeDescription,
    keys: v.array(v.object({ table: v.picklist(['evidence', 'reflections']), id: idSchema })),
  }),
]);
export type BundleScope = v.InferOutput<typeof bundleScopeSchema>;

export const bundleManifestSchema = v.object({
  format: v.literal(BUNDLE_FORMAT),
  formatVersion: v.literal(BUNDLE_FORMAT_VERSION),
  exportedAt: timestamp,
  app: v.object({
    name: v.pipe(v.string(), v.maxLength(100)),
    version: v.pipe(v.string(), v.maxLength(50)),
  }),
  scope: bundleScopeSchema,
  skills: v.array(skillRecordSchema),
  goals: v.array(goalRecordSchema),
  evidence: v.array(bundleEvidenceSchema),
  reflections: v.array(bundleReflectionSchema),
  media: v.array(bundleMediaSchema),
});
export type BundleManifest = v.InferOutput<typeof bundleManifestSchema>;

export const MANIFEST_PATH = 'manifest.json';
export const MANIFEST_SCHEMA_PATH = 'manifest.schema.json';

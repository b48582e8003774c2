/**
 * The school's managed policy (Chrome/Edge enterprise policy via storage.managed and
 * public/managed_schema.json; Firefox via policies.json "3rdparty" settings for our add-on id).
 * Each key is validated on its own, so one mistyped value does not throw away the rest.
 * To add a policy key: add it to MANAGED_POLICY_FIELDS and to public/managed_schema.json
 * (a unit test keeps the two in step), and describe it in docs/school-policy.md.
 */
import * as v from 'valibot';

const nonEmptyString = v.pipe(v.string(), v.trim(), v.nonEmpty());
const wholeNumber = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const positiveNumber = v.pipe(v.number(), v.finite(), v.gtValue(0));

export const EXPORT_TARGETS = ['zip', 'drive', 'seesaw'] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

/** The recorder's two frame rates, named as the setup screen describes them. */
export const RECORDING_QUALITIES = ['smaller', 'smoother'] as const;
export type RecordingQuality = (typeof RECORDING_QUALITIES)[number];

const schoolSkill = v.object({
  id: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(64))),
  name: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(120)),
  description: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000)), ''),
});
export type SchoolSkill = v.InferOutput<typeof schoolSkill>;

export const MANAGED_POLICY_FIELDS = {
  driveClientId: nonEmptyString,
  driveRootFolderName: nonEmptyString,
  driveRootFolderId: nonEmptyString,
  driveApiBaseUrl: nonEmptyString,
  driveAuthUrl: nonEmptyString,
  // An empty framework would leave students nothing to tag with: treated as "not set".
  skillsFramework: v.pipe(v.array(schoolSkill), v.minLength(1), v.maxLength(100)),
  // An empty list is a real choice (no export at all), so it is kept.
  allowedExportTargets: v.array(v.picklist(EXPORT_TARGETS)),
  recordingMaxMinutes: wholeNumber(1, 120),
  recordingWebcamAllowed: v.boolean(),
  recordingDefaultQuality: v.picklist(RECORDING_QUALITIES),
  blockedClipDomains: v.array(v.pipe(v.string(), v.trim(), v.nonEmpty())),
  dataRetentionDays: wholeNumber(1, 3650),
  seesawMaxVideoMinutes: positiveNumber,
  seesawMaxFileMB: positiveNumber,
} satisfies Record<string, v.GenericSchema>;

type PolicyFields = typeof MANAGED_POLICY_FIELDS;
export type ManagedPolicy = { [K in keyof PolicyFields]?: v.InferOutput<PolicyFields[K]> };
export type ManagedPolicyKey = keyof ManagedPolicy;

/** The part of browser.storage.managed this needs; absent on browsers without it. */
export interface ManagedStorageArea {
  get(): Promise<Record<string, unknown>>;
}

/** Validates raw managed-storage values key by key; unknown and invalid keys are dropped. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (typeof raw !== 'object' || raw === null) return {};
  const values = raw as Record<string, unknown>;
  const policy: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(MANAGED_POLICY_FIELDS)) {
    if (values[key] === undefined) continue;
    const result = v.safeParse(schema, values[key]);
    if (result.success) policy[key] = result.output;
  }
  return policy as ManagedPolicy;
}

/**
 * Reads and validates the policy. Any failure means "no policy": Firefox rejects when no policy
 * is installed, and Chrome errors when the managed schema is missing or unreadable. A student
 * without a school policy is the normal case, not an error.
 */
export async function readManagedPolicy(
  managed: ManagedStorageArea | undefined,
): Promise<ManagedPolicy> {
  try {
    return parseManagedPolicy((await managed?.get()) ?? {});
  } catch {
    return {};
  }
}

/**
 * The school's managed policy (Chrome/Edge enterprise policy via storage.managed and
 * public/managed_schema.json; Firefox via policies.json "3rdparty" settings for our add-on id).
 * Each key is validated on its own, so one mistyped value does not throw away the rest.
 * To add a policy key: add it to MANAGED_POLICY_FIELDS and to public/managed_schema.json
 * (a unit test keeps the two in step).
 */
import * as v from 'valibot';

const nonEmptyString = v.pipe(v.string(), v.trim(), v.nonEmpty());

export const MANAGED_POLICY_FIELDS = {
  driveClientId: nonEmptyString,
  driveRootFolderName: nonEmptyString,
  driveRootFolderId: nonEmptyString,
  driveApiBaseUrl: nonEmptyString,
  driveAuthUrl: nonEmptyString,
} satisfies Record<string, v.GenericSchema>;

type PolicyFields = typeof MANAGED_POLICY_FIELDS;
export type ManagedPolicy = { [K in keyof PolicyFields]?: v.InferOutput<PolicyFields[K]> };

/** The part of browser.storage.managed this needs; absent on browsers without it. */
export interface ManagedStorageArea {
  get(): Promise<Record<string, unknown>>;
}

/**
 * Reads and validates the policy. Any failure means "no policy": Firefox rejects when no policy
 * is installed, and Chrome errors when the managed schema is missing or unreadable. A student
 * without a school policy is the normal case, not an error.
 */
export async function readManagedPolicy(
  managed: ManagedStorageArea | undefined,
): Promise<ManagedPolicy> {
  let raw: Record<string, unknown>;
  try {
    raw = (await managed?.get()) ?? {};
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null) return {};
  const policy: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(MANAGED_POLICY_FIELDS)) {
    if (raw[key] === undefined) continue;
    const result = v.safeParse(schema, raw[key]);
    if (result.success) policy[key] = result.output;
  }
  return policy as ManagedPolicy;
}

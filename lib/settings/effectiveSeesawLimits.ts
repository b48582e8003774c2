/** The Seesaw limits in force: the student's own, with the school's policy on top. */
import { normalizeSeesawLimits, type SeesawLimits } from '../export/seesaw/seesawLimits';
import { type ManagedPolicy, type ManagedStorageArea, readManagedPolicy } from './managedPolicy';

export interface EffectiveSeesawLimits {
  limits: SeesawLimits;
  lockedBySchool: (keyof SeesawLimits)[];
}

export function applySeesawPolicy(
  local: Partial<SeesawLimits> | null,
  policy: ManagedPolicy,
): EffectiveSeesawLimits {
  const limits = normalizeSeesawLimits(local);
  const lockedBySchool: (keyof SeesawLimits)[] = [];
  if (policy.seesawMaxVideoMinutes !== undefined) {
    limits.maxVideoMinutes = policy.seesawMaxVideoMinutes;
    lockedBySchool.push('maxVideoMinutes');
  }
  if (policy.seesawMaxFileMB !== undefined) {
    limits.maxFileMB = policy.seesawMaxFileMB;
    lockedBySchool.push('maxFileMB');
  }
  return { limits, lockedBySchool };
}

interface LimitsSource {
  getValue(): Promise<Partial<SeesawLimits> | null>;
}

/**
 * A source for readSeesawLimits (lib/settings/seesawSettings.ts) that answers with the school's
 * limits where the policy sets them: `readSeesawLimits(seesawLimitsWithPolicy(local, managed))`.
 */
export function seesawLimitsWithPolicy(
  local: LimitsSource,
  managed: ManagedStorageArea | undefined,
): LimitsSource {
  return {
    async getValue() {
      const [own, policy] = await Promise.all([
        local.getValue().catch(() => null),
        readManagedPolicy(managed),
      ]);
      return applySeesawPolicy(own, policy).limits;
    },
  };
}

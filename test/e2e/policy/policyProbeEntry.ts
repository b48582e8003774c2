/**
 * Runs inside an extension page (bundled by esbuild, evaluated over CDP): reads the school
 * policy through the very readers the export uses, so the test checks what they make of the
 * real storage.managed, not a copy of their logic.
 */
import { allowedExportTargets } from '../../../lib/settings/allowedExportTargets';
import { driveSettings } from '../../../lib/settings/driveSettings';
import { readEffectiveDriveSettings } from '../../../lib/settings/effectiveDriveSettings';
import { seesawLimitsWithPolicy } from '../../../lib/settings/effectiveSeesawLimits';
import { type ManagedStorageArea, readManagedPolicy } from '../../../lib/settings/managedPolicy';
import { readSeesawLimits, seesawLimitsSetting } from '../../../lib/settings/seesawSettings';

declare const chrome: { storage: { managed: ManagedStorageArea } };

async function read() {
  const managed = chrome.storage.managed;
  const [policy, drive, seesaw] = await Promise.all([
    readManagedPolicy(managed),
    readEffectiveDriveSettings({ getLocalSettings: () => driveSettings.getValue(), managed }),
    readSeesawLimits(seesawLimitsWithPolicy(seesawLimitsSetting, managed)),
  ]);
  return { drive, seesaw, exportTargets: allowedExportTargets(policy) };
}

(globalThis as unknown as { __plpPolicyProbe: { read: typeof read } }).__plpPolicyProbe = { read };

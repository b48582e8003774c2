import { useEffect, useState } from 'react';
import { allowedExportTargets } from '@/lib/settings/allowedExportTargets';
import { driveSettings } from '@/lib/settings/driveSettings';
import {
  type EffectiveDriveSettings,
  readEffectiveDriveSettings,
} from '@/lib/settings/effectiveDriveSettings';
import { seesawLimitsWithPolicy } from '@/lib/settings/effectiveSeesawLimits';
import type { ManagedPolicy } from '@/lib/settings/managedPolicy';
import { schoolManagedArea } from '@/lib/settings/schoolManagedArea';
import { readSeesawLimits, seesawLimitsSetting } from '@/lib/settings/seesawSettings';
import type { SeesawLimits } from '@/lib/export/seesaw/seesawLimits';
import { useManagedPolicy } from './useManagedPolicy';
import './schoolPolicy.css';

const QUALITY_TEXT = { smaller: 'Smaller files (15 frames a second)', smoother: 'Smoother (30)' };
const TARGET_TEXT = { zip: 'File on this computer', drive: 'Google Drive', seesaw: 'Seesaw' };

interface InForce {
  drive: EffectiveDriveSettings;
  seesaw: SeesawLimits;
}

/**
 * The rows to list, as [test id, label, value]. Drive, Seesaw and export rows come from the same
 * readers the export uses, so this list shows what is really in force, not just the raw policy.
 */
function rows(policy: ManagedPolicy, inForce: InForce): [string, string, string][] {
  const out: [string, string, string][] = [];
  const add = (key: string, label: string, value: string | false | undefined) => {
    if (value !== false && value !== undefined) out.push([key, label, value]);
  };
  add('skills', 'Skills framework', policy.skillsFramework?.map((s) => s.name).join(', '));
  const targets = allowedExportTargets(policy);
  add(
    'export',
    'Export destinations',
    targets.setBySchool &&
      (targets.targets.map((t) => TARGET_TEXT[t]).join(', ') || 'Export is turned off'),
  );
  add(
    'recording-length',
    'Longest recording',
    policy.recordingMaxMinutes !== undefined && `${policy.recordingMaxMinutes} minutes`,
  );
  add(
    'webcam',
    'Webcam in recordings',
    policy.recordingWebcamAllowed !== undefined &&
      (policy.recordingWebcamAllowed ? 'Allowed' : 'Not allowed'),
  );
  add(
    'quality',
    'Default recording quality',
    policy.recordingDefaultQuality && QUALITY_TEXT[policy.recordingDefaultQuality],
  );
  add('blocked-sites', 'Sites you cannot clip from', policy.blockedClipDomains?.join(', '));
  add(
    'retention',
    'Keep work on this device for',
    policy.dataRetentionDays !== undefined && `${policy.dataRetentionDays} days`,
  );
  const seesaw = inForce.seesaw;
  add(
    'seesaw-video',
    'Seesaw: longest video',
    policy.seesawMaxVideoMinutes !== undefined && `${seesaw.maxVideoMinutes} minutes`,
  );
  add(
    'seesaw-file',
    'Seesaw: largest file',
    policy.seesawMaxFileMB !== undefined && `${seesaw.maxFileMB} MB`,
  );
  const drive = inForce.drive.lockedBySchool;
  add(
    'drive-client',
    'Google Drive sign-in',
    drive.includes('clientId') && 'Set up by your school',
  );
  add(
    'drive-folder',
    'Google Drive folder',
    (drive.includes('rootFolderId') && 'A folder chosen by your school') ||
      (drive.includes('rootFolderName') && inForce.drive.settings.rootFolderName),
  );
  add(
    'drive-api',
    'Google Drive address',
    drive.includes('apiBaseUrl') && inForce.drive.settings.apiBaseUrl,
  );
  add(
    'drive-auth',
    'Google sign-in address',
    drive.includes('authUrl') && inForce.drive.settings.authUrl,
  );
  return out;
}

/** The "School settings" list: what the school's policy sets, read-only. Nothing when there is none. */
export function SchoolSettingsSummary() {
  const policy = useManagedPolicy();
  const [inForce, setInForce] = useState<InForce | null>(null);
  useEffect(() => {
    if (!policy) return;
    let live = true;
    const managed = schoolManagedArea();
    void Promise.all([
      readEffectiveDriveSettings({ getLocalSettings: () => driveSettings.getValue(), managed }),
      readSeesawLimits(seesawLimitsWithPolicy(seesawLimitsSetting, managed)),
    ]).then(([drive, seesaw]) => live && setInForce({ drive, seesaw }));
    return () => {
      live = false;
    };
  }, [policy]);
  if (!policy || !inForce) return null;
  const list = rows(policy, inForce);
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="school-settings-heading" data-testid="school-settings">
      <h3 id="school-settings-heading">School settings</h3>
      <p className="hint">
        Your school set these for PLP Companion. They are locked; ask your teacher or school IT if
        one gets in your way.
      </p>
      <dl className="school-settings">
        {list.map(([key, label, value]) => (
          <div key={key} data-testid={`school-setting-${key}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
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

const QUALITY_KEYS = {
  smaller: 'app.school.qualitySmaller',
  smoother: 'app.school.qualitySmoother',
} as const;
const TARGET_KEYS = {
  zip: 'app.school.targetZip',
  drive: 'app.school.targetDrive',
  seesaw: 'app.school.targetSeesaw',
} as const;

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
  add('skills', i18n.t('app.school.skills'), policy.skillsFramework?.map((s) => s.name).join(', '));
  const targets = allowedExportTargets(policy);
  add(
    'export',
    i18n.t('app.school.export'),
    targets.setBySchool &&
      (targets.targets.map((t) => i18n.t(TARGET_KEYS[t])).join(', ') ||
        i18n.t('app.school.exportOff')),
  );
  add(
    'recording-length',
    i18n.t('app.school.recordingLength'),
    policy.recordingMaxMinutes !== undefined &&
      i18n.t('app.school.minutes', policy.recordingMaxMinutes),
  );
  add(
    'webcam',
    i18n.t('app.school.webcam'),
    policy.recordingWebcamAllowed !== undefined &&
      i18n.t(policy.recordingWebcamAllowed ? 'app.school.allowed' : 'app.school.notAllowed'),
  );
  add(
    'quality',
    i18n.t('app.school.quality'),
    policy.recordingDefaultQuality && i18n.t(QUALITY_KEYS[policy.recordingDefaultQuality]),
  );
  add('blocked-sites', i18n.t('app.school.blockedSites'), policy.blockedClipDomains?.join(', '));
  add(
    'retention',
    i18n.t('app.school.retention'),
    policy.dataRetentionDays !== undefined && i18n.t('app.school.days', policy.dataRetentionDays),
  );
  const seesaw = inForce.seesaw;
  add(
    'seesaw-video',
    i18n.t('app.school.seesawVideo'),
    policy.seesawMaxVideoMinutes !== undefined &&
      i18n.t('app.school.minutes', seesaw.maxVideoMinutes),
  );
  add(
    'seesaw-file',
    i18n.t('app.school.seesawFile'),
    policy.seesawMaxFileMB !== undefined &&
      i18n.t('app.school.megabytes', { size: String(seesaw.maxFileMB) }),
  );
  const drive = inForce.drive.lockedBySchool;
  add(
    'drive-client',
    i18n.t('app.school.driveClient'),
    drive.includes('clientId') && i18n.t('app.school.setUpBySchool'),
  );
  add(
    'drive-folder',
    i18n.t('app.school.driveFolder'),
    (drive.includes('rootFolderId') && i18n.t('app.school.folderBySchool')) ||
      (drive.includes('rootFolderName') && inForce.drive.settings.rootFolderName),
  );
  add(
    'drive-api',
    i18n.t('app.school.driveApi'),
    drive.includes('apiBaseUrl') && inForce.drive.settings.apiBaseUrl,
  );
  add(
    'drive-auth',
    i18n.t('app.school.driveAuth'),
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
      <h3 id="school-settings-heading">{i18n.t('app.school.heading')}</h3>
      <p className="hint">{i18n.t('app.school.hint')}</p>
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

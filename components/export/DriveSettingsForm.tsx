import { useId, useState, type FormEvent } from 'react';
import { driveSettings, type DriveSettings } from '@/lib/settings/driveSettings';
import type { EffectiveDriveSettings } from '@/lib/settings/effectiveDriveSettings';

type EditableKey = 'clientId' | 'rootFolderName' | 'rootFolderId';

const FIELDS: { key: EditableKey; label: string; hint: string }[] = [
  {
    key: 'clientId',
    label: 'Google OAuth client ID',
    hint: 'From your school’s Google Cloud project (a “Web application” client).',
  },
  {
    key: 'rootFolderName',
    label: 'Folder name in Google Drive',
    hint: 'PLP Companion makes this folder in your Drive, with one folder per goal inside.',
  },
  {
    key: 'rootFolderId',
    label: 'Existing folder ID (optional)',
    hint: 'Use a folder your school shared with you instead of making one.',
  },
];

interface DriveSettingsFormProps {
  effective: EffectiveDriveSettings;
  disabled: boolean;
}

/** The few Drive settings a school (or a student, if the school allows) fills in. */
export function DriveSettingsForm({ effective, disabled }: DriveSettingsFormProps) {
  const ids = useId();
  const [form, setForm] = useState<Pick<DriveSettings, EditableKey>>(effective.settings);
  const [saved, setSaved] = useState<string | null>(null);
  // Settings changed elsewhere (another tab, the policy): show them (React's "adjust state
  // while rendering" pattern, which avoids an effect's extra render).
  const [shown, setShown] = useState(effective.settings);
  if (shown !== effective.settings) {
    setShown(effective.settings);
    setForm(effective.settings);
  }
  const locked = (key: EditableKey) => effective.lockedBySchool.includes(key);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const stored = await driveSettings.getValue();
    const next = { ...stored };
    // Fields the school set stay out of the student's own copy: the policy decides them.
    for (const { key } of FIELDS) if (!locked(key)) next[key] = form[key].trim();
    await driveSettings.setValue(next);
    setSaved('Google Drive settings saved.');
  };

  return (
    <form className="drive-settings" aria-label="Google Drive settings" onSubmit={save}>
      {FIELDS.map(({ key, label, hint }) => (
        <div className="field" key={key}>
          <label htmlFor={`${ids}-${key}`}>{label}</label>
          <input
            id={`${ids}-${key}`}
            value={form[key]}
            disabled={disabled || locked(key)}
            aria-describedby={`${ids}-${key}-hint`}
            onChange={(event) => {
              setSaved(null);
              setForm({ ...form, [key]: event.target.value });
            }}
          />
          <span id={`${ids}-${key}-hint`} className="hint">
            {locked(key) ? 'Set by your school.' : hint}
          </span>
        </div>
      ))}
      <button type="submit" disabled={disabled || FIELDS.every(({ key }) => locked(key))}>
        Save Drive settings
      </button>
      <p role="status" className="drive-settings-saved">
        {saved}
      </p>
    </form>
  );
}

import { i18n } from '#i18n';
import { useId, useState, type FormEvent } from 'react';
import { driveSettings, type DriveSettings } from '@/lib/settings/driveSettings';
import type { EffectiveDriveSettings } from '@/lib/settings/effectiveDriveSettings';

type EditableKey = 'clientId' | 'rootFolderName' | 'rootFolderId';

/** The fields with their words, built at render so they follow the language on screen. */
function fields(): { key: EditableKey; label: string; hint: string }[] {
  return [
    {
      key: 'clientId',
      label: i18n.t('export.driveSettings.clientIdLabel'),
      hint: i18n.t('export.driveSettings.clientIdHint'),
    },
    {
      key: 'rootFolderName',
      label: i18n.t('export.driveSettings.folderNameLabel'),
      hint: i18n.t('export.driveSettings.folderNameHint'),
    },
    {
      key: 'rootFolderId',
      label: i18n.t('export.driveSettings.folderIdLabel'),
      hint: i18n.t('export.driveSettings.folderIdHint'),
    },
  ];
}

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
    for (const { key } of fields()) if (!locked(key)) next[key] = form[key].trim();
    await driveSettings.setValue(next);
    setSaved(i18n.t('export.driveSettings.saved'));
  };

  return (
    <form
      className="drive-settings"
      aria-label={i18n.t('export.driveSettings.formLabel')}
      onSubmit={save}
    >
      {fields().map(({ key, label, hint }) => (
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
            {locked(key) ? i18n.t('export.driveSettings.setBySchool') : hint}
          </span>
        </div>
      ))}
      <button type="submit" disabled={disabled || fields().every(({ key }) => locked(key))}>
        {i18n.t('export.driveSettings.save')}
      </button>
      <p role="status" className="drive-settings-saved">
        {saved}
      </p>
    </form>
  );
}

import { useEffect, useState } from 'react';
import { recordingSettings } from '@/lib/settings/recordingSettings';
import {
  type EffectiveRecordingSettings,
  readEffectiveRecordingSettings,
} from '@/lib/settings/effectiveRecordingSettings';
import { schoolManagedArea } from '@/lib/settings/schoolManagedArea';

/** The recording defaults with the school's policy applied; null until read. */
export function useRecordingSettings(): EffectiveRecordingSettings | null {
  const [settings, setSettings] = useState<EffectiveRecordingSettings | null>(null);
  useEffect(() => {
    let cancelled = false;
    void readEffectiveRecordingSettings({
      getLocalSettings: () => recordingSettings.getValue(),
      managed: schoolManagedArea(),
    }).then((value) => {
      if (!cancelled) setSettings(value);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return settings;
}

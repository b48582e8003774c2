import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { recordingSettings } from '@/lib/settings/recordingSettings';
import {
  type EffectiveRecordingSettings,
  readEffectiveRecordingSettings,
} from '@/lib/settings/effectiveRecordingSettings';
import type { ManagedStorageArea } from '@/lib/settings/managedPolicy';

/** The recording defaults with the school's policy applied; null until read. */
export function useRecordingSettings(): EffectiveRecordingSettings | null {
  const [settings, setSettings] = useState<EffectiveRecordingSettings | null>(null);
  useEffect(() => {
    let cancelled = false;
    void readEffectiveRecordingSettings({
      getLocalSettings: () => recordingSettings.getValue(),
      // storage.managed is missing in some browsers: then there is no policy.
      managed: browser.storage.managed as ManagedStorageArea | undefined,
    }).then((value) => {
      if (!cancelled) setSettings(value);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return settings;
}

import { useEffect, useState } from 'react';
import { recordingSettings, type RecordingSettings } from '@/lib/settings/recordingSettings';

/** The recording defaults (a school policy may set them); null until read. */
export function useRecordingSettings(): RecordingSettings | null {
  const [settings, setSettings] = useState<RecordingSettings | null>(null);
  useEffect(() => {
    let cancelled = false;
    void recordingSettings.getValue().then((value) => {
      if (!cancelled) setSettings(value);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return settings;
}

import { i18n } from '#i18n';
import { LiveStatusCompact } from '../recorder/LiveStatusCompact';
import { useLiveRecording } from '../recorder/useLiveRecording';
import { useRecorderControl } from '../recorder/RecorderControlContext';

/**
 * While a recording is under way, every dashboard page shows it at the top,
 * with a way back to the prompts: the student may browse their goals mid-recording.
 */
export function LiveRecordingBar() {
  const live = useLiveRecording();
  const control = useRecorderControl();
  if (!live) return null;
  return (
    <LiveStatusCompact live={live} control={control}>
      <a href="#/record">{i18n.t('dashboard.showPrompts')}</a>
    </LiveStatusCompact>
  );
}

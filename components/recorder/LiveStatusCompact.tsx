import { i18n } from '#i18n';
import type { ReactNode } from 'react';
import type { RecorderControl } from '@/lib/record/recorderControl';
import { ElapsedTime } from './ElapsedTime';
import { LiveRecordingControls } from './LiveRecordingControls';
import { RecordingIndicator } from './RecordingIndicator';
import type { LiveRecording } from './useLiveRecording';

/**
 * A one-line view of the recording under way, for the popup and the top of
 * every dashboard page: indicator, timer, Pause/Resume and Stop.
 */
export function LiveStatusCompact({
  live,
  control,
  headingLevel = 2,
  children,
}: {
  live: LiveRecording;
  control: RecorderControl;
  headingLevel?: 2 | 3;
  children?: ReactNode;
}) {
  const { recording, reflection } = live;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const capturing = recording.status === 'recording' || recording.status === 'paused';
  return (
    <section
      className="live-compact"
      aria-labelledby="live-compact-heading"
      data-testid="live-compact"
    >
      <Heading id="live-compact-heading" className="sr-only">
        {i18n.t('recorder.compact.heading')}
      </Heading>
      <div className="live-status">
        <RecordingIndicator status={recording.status} />
        {capturing && <ElapsedTime recording={recording} />}
        {reflection && <span className="live-compact-title">{reflection.title}</span>}
      </div>
      <LiveRecordingControls recording={recording} control={control} />
      {children}
    </section>
  );
}

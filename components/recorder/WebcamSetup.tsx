import { i18n } from '#i18n';
import { useEffect, useRef } from 'react';
import { useCameraPreview, type CameraStatus } from './useCameraPreview';

const STATUS_TEXT = {
  off: 'recorder.webcam.statusOff',
  asking: 'recorder.webcam.statusAsking',
  live: 'recorder.webcam.statusLive',
  denied: 'recorder.webcam.statusDenied',
  'no-device': 'recorder.webcam.statusNoDevice',
  error: 'recorder.webcam.statusError',
} as const satisfies Record<CameraStatus, string>;

/** Webcam bubble on/off with a small preview of what will be recorded. */
export function WebcamSetup({
  enabled,
  released,
  onEnabledChange,
  lockedBySchool = false,
}: {
  enabled: boolean;
  /** True while the recorder starts, so the camera is free for it. */
  released: boolean;
  onEnabledChange: (enabled: boolean) => void;
  /** The school's policy turns the webcam off: shown off and locked, with the reason. */
  lockedBySchool?: boolean;
}) {
  const camera = useCameraPreview(enabled && !released);
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (video.current) video.current.srcObject = camera.stream;
  }, [camera.stream]);
  const problem = ['denied', 'no-device', 'error'].includes(camera.status);
  return (
    <fieldset className="field record-device">
      <legend>{i18n.t('recorder.webcam.legend')}</legend>
      <label className="check-row">
        <input
          type="checkbox"
          checked={enabled}
          disabled={lockedBySchool}
          aria-describedby={lockedBySchool ? 'webcam-school' : undefined}
          onChange={(e) => onEnabledChange(e.target.checked)}
          data-testid="record-webcam"
        />
        {i18n.t('recorder.webcam.showFace')}
      </label>
      {lockedBySchool && (
        <p id="webcam-school" className="hint set-by-school" data-testid="webcam-school">
          {i18n.t('recorder.webcam.school')}
        </p>
      )}
      {camera.stream && (
        <video
          ref={video}
          className="webcam-preview"
          autoPlay
          muted
          playsInline
          aria-label={i18n.t('recorder.webcam.preview')}
          data-testid="webcam-preview"
        />
      )}
      <p className={problem ? 'field-error' : 'hint'} role="status" data-testid="webcam-status">
        {enabled && released ? i18n.t('recorder.webcam.inUse') : i18n.t(STATUS_TEXT[camera.status])}
      </p>
    </fieldset>
  );
}

import { useEffect, useRef } from 'react';
import { useCameraPreview, type CameraStatus } from './useCameraPreview';

const STATUS_TEXT: Record<CameraStatus, string> = {
  off: 'No webcam bubble.',
  asking: 'Turning on the camera… If the browser asks, choose Allow.',
  live: 'Your face will appear in a small bubble in the corner of the video.',
  denied:
    'PLP Companion isn’t allowed to use the camera. Click the icon at the left of the address bar, set Camera to Allow, then reload this page. Or turn the webcam bubble off.',
  'no-device': 'No camera was found. Plug one in, or turn the webcam bubble off.',
  error: 'The camera didn’t start. Close other apps that use it, or turn the webcam bubble off.',
};

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
      <legend>Webcam</legend>
      <label className="check-row">
        <input
          type="checkbox"
          checked={enabled}
          disabled={lockedBySchool}
          aria-describedby={lockedBySchool ? 'webcam-school' : undefined}
          onChange={(e) => onEnabledChange(e.target.checked)}
          data-testid="record-webcam"
        />
        Show my face in a bubble
      </label>
      {lockedBySchool && (
        <p id="webcam-school" className="hint set-by-school" data-testid="webcam-school">
          Set by your school: the webcam is turned off for recordings.
        </p>
      )}
      {camera.stream && (
        <video
          ref={video}
          className="webcam-preview"
          autoPlay
          muted
          playsInline
          aria-label="Webcam preview"
          data-testid="webcam-preview"
        />
      )}
      <p className={problem ? 'field-error' : 'hint'} role="status" data-testid="webcam-status">
        {enabled && released ? 'The recorder is using the camera.' : STATUS_TEXT[camera.status]}
      </p>
    </fieldset>
  );
}

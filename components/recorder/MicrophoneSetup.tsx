import { useId } from 'react';
import { MicrophoneLevelMeter } from './MicrophoneLevelMeter';
import { useMicrophoneLevel, type MicrophoneStatus } from './useMicrophoneLevel';

const STATUS_TEXT: Record<MicrophoneStatus, string> = {
  off: 'Your voice won’t be recorded.',
  asking: 'Turning on the microphone… If the browser asks, choose Allow.',
  live: 'Say something: the bar moves when the microphone hears you.',
  denied:
    'PLP Companion isn’t allowed to use the microphone. Click the icon at the left of the address bar, set Microphone to Allow, then reload this page. Or turn the microphone off to record without sound.',
  'no-device': 'No microphone was found. Plug one in, or turn the microphone off.',
  error: 'The microphone didn’t start. Try choosing another microphone, or turn it off.',
};

/** Microphone on/off, which one, and a live level meter to check it works before recording. */
export function MicrophoneSetup({
  enabled,
  released,
  deviceId,
  onEnabledChange,
  onDeviceChange,
}: {
  enabled: boolean;
  /** True while the recorder starts: this page lets go of the microphone so the recorder can use it. */
  released: boolean;
  deviceId: string | null;
  onEnabledChange: (enabled: boolean) => void;
  onDeviceChange: (deviceId: string | null) => void;
}) {
  const ids = useId();
  const mic = useMicrophoneLevel(enabled && !released, deviceId);
  const status = mic.status;
  const problem = status === 'denied' || status === 'no-device' || status === 'error';
  return (
    <fieldset className="field record-device">
      <legend>Microphone</legend>
      <label className="check-row">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(e) => onEnabledChange(e.target.checked)}
          data-testid="record-microphone"
        />
        Record my voice
      </label>
      {enabled && (
        <>
          {mic.devices.length > 1 && (
            <div className="record-subfield">
              <label htmlFor={`${ids}-device`}>Which microphone</label>
              <select
                id={`${ids}-device`}
                value={deviceId ?? ''}
                onChange={(e) => onDeviceChange(e.target.value || null)}
              >
                <option value="">Default microphone</option>
                {mic.devices
                  .filter((d) => d.deviceId && d.deviceId !== 'default')
                  .map((d) => (
                    <option key={d.deviceId} value={d.deviceId}>
                      {d.label}
                    </option>
                  ))}
              </select>
            </div>
          )}
          <div className="record-subfield">
            <span id={`${ids}-level`}>Microphone level</span>
            <MicrophoneLevelMeter level={mic.level} labelId={`${ids}-level`} />
          </div>
        </>
      )}
      <p
        className={problem ? 'field-error' : 'hint'}
        role="status"
        data-testid="mic-status"
        data-status={status}
      >
        {enabled && released ? 'The recorder is using the microphone.' : STATUS_TEXT[status]}
      </p>
    </fieldset>
  );
}

import { i18n } from '#i18n';
import { useId } from 'react';
import { MicrophoneLevelMeter } from './MicrophoneLevelMeter';
import { useMicrophoneLevel, type MicrophoneStatus } from './useMicrophoneLevel';

const STATUS_TEXT = {
  off: 'recorder.microphone.statusOff',
  asking: 'recorder.microphone.statusAsking',
  live: 'recorder.microphone.statusLive',
  denied: 'recorder.microphone.statusDenied',
  'no-device': 'recorder.microphone.statusNoDevice',
  error: 'recorder.microphone.statusError',
} as const satisfies Record<MicrophoneStatus, string>;

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
      <legend>{i18n.t('recorder.microphone.legend')}</legend>
      <label className="check-row">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(e) => onEnabledChange(e.target.checked)}
          data-testid="record-microphone"
        />
        {i18n.t('recorder.microphone.recordVoice')}
      </label>
      {enabled && (
        <>
          {mic.devices.length > 1 && (
            <div className="record-subfield">
              <label htmlFor={`${ids}-device`}>{i18n.t('recorder.microphone.which')}</label>
              <select
                id={`${ids}-device`}
                value={deviceId ?? ''}
                onChange={(e) => onDeviceChange(e.target.value || null)}
              >
                <option value="">{i18n.t('recorder.microphone.default')}</option>
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
            <span id={`${ids}-level`}>{i18n.t('recorder.microphone.level')}</span>
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
        {enabled && released ? i18n.t('recorder.microphone.inUse') : i18n.t(STATUS_TEXT[status])}
      </p>
    </fieldset>
  );
}

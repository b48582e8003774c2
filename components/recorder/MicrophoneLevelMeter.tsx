import { i18n } from '#i18n';
/** The live microphone level as a meter: a bar to watch, a value a screen reader can read. */
export function MicrophoneLevelMeter({ level, labelId }: { level: number; labelId: string }) {
  const loudness = i18n.t(
    level < 8
      ? 'recorder.micMeter.silent'
      : level < 35
        ? 'recorder.micMeter.quiet'
        : 'recorder.micMeter.good',
  );
  return (
    <div
      className="mic-meter"
      role="meter"
      aria-labelledby={labelId}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={level}
      aria-valuetext={i18n.t('recorder.micMeter.valueText', { level, loudness })}
      data-testid="mic-level"
    >
      <div className="mic-meter-fill" style={{ width: `${level}%` }} />
    </div>
  );
}

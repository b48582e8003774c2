/** The live microphone level as a meter: a bar to watch, a value a screen reader can read. */
export function MicrophoneLevelMeter({ level, labelId }: { level: number; labelId: string }) {
  const words = level < 8 ? 'silent' : level < 35 ? 'quiet' : 'good';
  return (
    <div
      className="mic-meter"
      role="meter"
      aria-labelledby={labelId}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={level}
      aria-valuetext={`${level} percent, ${words}`}
      data-testid="mic-level"
    >
      <div className="mic-meter-fill" style={{ width: `${level}%` }} />
    </div>
  );
}

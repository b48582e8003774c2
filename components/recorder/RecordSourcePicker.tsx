import { useId } from 'react';
import type { RecordingSource } from '@/lib/db/records';

const HINTS: Record<RecordingSource, string> = {
  tab: 'Just that page, with its sound. Other tabs and notifications stay private.',
  window: 'One app window. The browser asks which one.',
  screen: 'Everything on your screen. The browser asks you to confirm.',
};

/** What to record. "This tab" appears only when the popup passed a tab that can be recorded. */
export function RecordSourcePicker({
  value,
  tabTitle,
  offerTab,
  onChange,
}: {
  value: RecordingSource;
  /** The tab's title, when the browser shares it. */
  tabTitle: string | null;
  offerTab: boolean;
  onChange: (source: RecordingSource) => void;
}) {
  const name = useId();
  const options: { source: RecordingSource; label: string }[] = [
    ...(offerTab
      ? [{ source: 'tab' as const, label: tabTitle ? `This tab: ${tabTitle}` : 'This tab' }]
      : []),
    { source: 'window', label: 'A window' },
    { source: 'screen', label: 'My whole screen' },
  ];
  return (
    <fieldset className="field record-sources">
      <legend>What to record</legend>
      {options.map(({ source, label }) => (
        <label key={source} className="radio-card">
          <input
            type="radio"
            name={name}
            value={source}
            checked={value === source}
            onChange={() => onChange(source)}
            data-testid={`record-source-${source}`}
          />
          <span>
            <strong>{label}</strong>
            <small>{HINTS[source]}</small>
          </span>
        </label>
      ))}
      {!offerTab && (
        <p className="hint">
          To record just one tab, open that page, click the PLP Companion button and choose Record a
          reflection.
        </p>
      )}
    </fieldset>
  );
}

import { i18n } from '#i18n';
import { useId } from 'react';
import type { RecordingSource } from '@/lib/db/records';

const HINTS = {
  tab: 'recorder.source.hintTab',
  window: 'recorder.source.hintWindow',
  screen: 'recorder.source.hintScreen',
} as const satisfies Record<RecordingSource, string>;

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
      ? [
          {
            source: 'tab' as const,
            label: tabTitle
              ? i18n.t('recorder.source.thisTabTitled', { title: tabTitle })
              : i18n.t('recorder.source.thisTab'),
          },
        ]
      : []),
    { source: 'window', label: i18n.t('recorder.source.window') },
    { source: 'screen', label: i18n.t('recorder.source.screen') },
  ];
  return (
    <fieldset className="field record-sources">
      <legend>{i18n.t('recorder.source.legend')}</legend>
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
            <small>{i18n.t(HINTS[source])}</small>
          </span>
        </label>
      ))}
      {!offerTab && <p className="hint">{i18n.t('recorder.source.oneTabHint')}</p>}
    </fieldset>
  );
}

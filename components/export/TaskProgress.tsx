import { i18n } from '#i18n';
interface TaskProgressProps {
  /** Names the bar for screen readers, e.g. "Export progress". */
  label: string;
  percent: number;
  onCancel: () => void;
}

/** A labelled progress bar with its Cancel button, shown while a long task runs. */
export function TaskProgress({ label, percent, onCancel }: TaskProgressProps) {
  const percentText = i18n.t('export.common.percent', { percent });
  return (
    <div className="export-progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={percentText}
        className="export-progress-track"
      >
        <div className="export-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span aria-hidden="true" className="export-progress-percent">
        {percentText}
      </span>
      <button type="button" onClick={onCancel}>
        {i18n.t('export.common.cancel')}
      </button>
    </div>
  );
}

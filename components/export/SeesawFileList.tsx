import { i18n } from '#i18n';
import type { SeesawFile, SeesawPlan } from '@/lib/export/seesaw/SeesawFile';

interface SeesawFileListProps {
  plan: SeesawPlan;
  disabled: boolean;
  onDownload: (file: SeesawFile) => void;
  onCopyCaption: (file: SeesawFile) => void;
}

/** One row per Seesaw file: its name, caption, any warning, and its two buttons. */
export function SeesawFileList({ plan, disabled, onDownload, onCopyCaption }: SeesawFileListProps) {
  if (plan.files.length === 0 && plan.unavailable.length === 0) {
    return <p className="hint">{i18n.t('export.seesaw.nothingToPost')}</p>;
  }
  return (
    <ul className="seesaw-files" aria-label={i18n.t('export.seesaw.filesLabel')}>
      {plan.files.map((file) => {
        const captionId = `seesaw-caption-${file.itemTable}-${file.itemId}`;
        const warningId = `seesaw-warning-${file.itemTable}-${file.itemId}`;
        return (
          <li key={`${file.itemTable}-${file.itemId}`} className="seesaw-file">
            <h4 className="seesaw-file-name">{file.fileName}</h4>
            {file.overLimit && (
              <p id={warningId} className="seesaw-warning">
                {file.overLimit.detail}
              </p>
            )}
            <p id={captionId} className="seesaw-caption">
              {file.caption}
            </p>
            <div className="seesaw-file-actions">
              <button
                type="button"
                disabled={disabled}
                aria-label={i18n.t('export.seesaw.downloadLabel', { fileName: file.fileName })}
                aria-describedby={file.overLimit ? warningId : undefined}
                onClick={() => onDownload(file)}
              >
                {i18n.t('export.seesaw.download')}
              </button>
              <button
                type="button"
                aria-label={i18n.t('export.seesaw.copyCaptionLabel', { fileName: file.fileName })}
                onClick={() => onCopyCaption(file)}
              >
                {i18n.t('export.seesaw.copyCaption')}
              </button>
            </div>
          </li>
        );
      })}
      {plan.unavailable.map((item) => (
        <li key={`missing-${item.itemId}`} className="seesaw-file">
          <h4 className="seesaw-file-name">{item.title || i18n.t('export.seesaw.untitled')}</h4>
          <p className="seesaw-warning">{item.detail}</p>
        </li>
      ))}
    </ul>
  );
}

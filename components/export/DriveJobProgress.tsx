import { uiLanguage } from '@/lib/i18n/documentLocale';
import { i18n } from '#i18n';
import type { DriveJobFile, DriveJobRecord } from '@/lib/db/records';
import { progressPercent } from '@/lib/export/progressPercent';
import { formatBytes } from '@/lib/storage/formatBytes';
import { TaskProgress } from './TaskProgress';

/** A file's state in words, looked up at render so it follows the language on screen. */
function fileStatusText(status: DriveJobFile['status']): string {
  switch (status) {
    case 'pending':
      return i18n.t('export.driveJob.waiting');
    case 'uploading':
      return i18n.t('export.driveJob.uploading');
    case 'done':
      return i18n.t('export.driveJob.uploaded');
    case 'skipped':
      return i18n.t('export.driveJob.alreadyInDrive');
    case 'failed':
      return i18n.t('export.driveJob.failed');
  }
}

function sentBytes(file: DriveJobFile): number {
  return file.status === 'done' || file.status === 'skipped' ? file.size : file.uploadedBytes;
}

/** Bytes done out of the total, counting files already in Drive as done. */
export function driveJobPercent(job: DriveJobRecord): number {
  const done = job.files.reduce((sum, file) => sum + sentBytes(file), 0);
  return progressPercent(done, job.totalBytes);
}

interface DriveJobProgressProps {
  job: DriveJobRecord;
  onCancel: (() => void) | null;
}

/** The whole export's progress (with Cancel while it runs) and each file's state. */
export function DriveJobProgress({ job, onCancel }: DriveJobProgressProps) {
  const finished = job.files.filter((f) => f.status === 'done' || f.status === 'skipped').length;
  return (
    <div className="drive-progress">
      {onCancel && (
        <TaskProgress
          label={i18n.t('export.driveJob.progressLabel')}
          percent={driveJobPercent(job)}
          onCancel={onCancel}
        />
      )}
      {job.planned && (
        <details className="drive-files" open={job.files.length <= 20}>
          <summary>
            {i18n.t('export.driveJob.filesInDrive', job.files.length, { finished })}
          </summary>
          <ul aria-label={i18n.t('export.driveJob.filesLabel')}>
            {job.files.map((file) => (
              <li key={file.itemId} className={`drive-file drive-file-${file.status}`}>
                <span className="drive-file-name">
                  {file.folderName} / {file.name}
                </span>{' '}
                <span className="drive-file-status" data-testid="drive-file-status">
                  {fileStatusText(file.status)}
                  {file.status === 'uploading' &&
                    ` ${i18n.t('export.driveJob.uploadProgress', {
                      percent: progressPercent(file.uploadedBytes, file.size),
                      size: formatBytes(file.size, uiLanguage()),
                    })}`}
                  {file.status === 'failed' && file.error ? `: ${file.error}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

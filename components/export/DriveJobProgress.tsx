import type { DriveJobFile, DriveJobRecord } from '@/lib/db/records';
import { progressPercent } from '@/lib/export/progressPercent';
import { formatBytes } from '@/lib/storage/formatBytes';
import { TaskProgress } from './TaskProgress';

const FILE_STATUS_TEXT: Record<DriveJobFile['status'], string> = {
  pending: 'Waiting',
  uploading: 'Uploading',
  done: 'Uploaded',
  skipped: 'Already in Drive',
  failed: 'Failed',
};

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
          label="Google Drive export progress"
          percent={driveJobPercent(job)}
          onCancel={onCancel}
        />
      )}
      {job.planned && (
        <details className="drive-files" open={job.files.length <= 20}>
          <summary>
            {finished} of {job.files.length} file{job.files.length === 1 ? '' : 's'} in Drive
          </summary>
          <ul aria-label="Files for Google Drive">
            {job.files.map((file) => (
              <li key={file.itemId} className={`drive-file drive-file-${file.status}`}>
                <span className="drive-file-name">
                  {file.folderName} / {file.name}
                </span>{' '}
                <span className="drive-file-status" data-testid="drive-file-status">
                  {FILE_STATUS_TEXT[file.status]}
                  {file.status === 'uploading' &&
                    ` ${progressPercent(file.uploadedBytes, file.size)}% of ${formatBytes(file.size)}`}
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

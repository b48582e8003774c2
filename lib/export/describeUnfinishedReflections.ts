import { i18n } from '#i18n';
import type { ReflectionStatus } from '../db/records';

/** What the Export page tells the student about reflections an export leaves out. */
export interface UnfinishedReflectionsNotice {
  /** Shown next to the summary, before the student exports: why, and what to do. */
  beforeExport: string;
  /** Added to the outcome once the file is saved, so the student knows it is not in there. */
  afterExport: string;
}

/**
 * Words for the reflections a plan left out because their video is not made
 * (planBundle's `unfinishedReflections`), or null when there are none. Still
 * being made (recording, processing) can be waited for; failed needs a retry.
 */
export function describeUnfinishedReflections(
  unfinished: readonly { status: ReflectionStatus }[],
): UnfinishedReflectionsNotice | null {
  const count = (status: ReflectionStatus) =>
    unfinished.filter((item) => item.status === status).length;
  const recording = count('recording');
  const processing = count('processing');
  const failed = count('failed');
  const waiting = recording + processing;
  const total = waiting + failed;
  if (total === 0) return null;

  const before: string[] = [];
  const after: string[] = [];
  if (processing > 0) {
    before.push(i18n.t('export.leftOut.processing', processing));
    after.push(i18n.t('export.leftOut.processingReason', processing));
  }
  if (recording > 0) {
    before.push(i18n.t('export.leftOut.recording', recording));
    after.push(i18n.t('export.leftOut.recordingReason', recording));
  }
  if (waiting > 0) before.push(i18n.t('export.leftOut.wait', waiting));
  if (failed > 0) {
    before.push(i18n.t('export.leftOut.failed', failed));
    after.push(i18n.t('export.leftOut.failedReason', failed));
  }
  return {
    beforeExport: before.join(' '),
    afterExport: i18n.t('export.leftOut.afterExport', total, { reasons: after.join(', ') }),
  };
}

import type { ReflectionStatus } from '../db/records';

/** What the Export page tells the student about reflections an export leaves out. */
export interface UnfinishedReflectionsNotice {
  /** Shown next to the summary, before the student exports: why, and what to do. */
  beforeExport: string;
  /** Added to the outcome once the file is saved, so the student knows it is not in there. */
  afterExport: string;
}

function reflections(count: number): string {
  return `${count} ${count === 1 ? 'reflection' : 'reflections'}`;
}

function isAre(count: number): string {
  return count === 1 ? 'is' : 'are';
}

function itThem(count: number): string {
  return count === 1 ? 'it' : 'them';
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
    before.push(
      `${reflections(processing)} ${isAre(processing)} still being processed and won’t be included.`,
    );
    after.push(`${processing} still being processed`);
  }
  if (recording > 0) {
    before.push(
      `${reflections(recording)} ${isAre(recording)} still being recorded and won’t be included.`,
    );
    after.push(`${recording} still being recorded`);
  }
  if (waiting > 0) {
    before.push(`Wait for ${itThem(waiting)} to finish, or export now without ${itThem(waiting)}.`);
  }
  if (failed > 0) {
    before.push(
      `${reflections(failed)} couldn’t be processed and won’t be included. ` +
        `Retry ${itThem(failed)} in Reflections to include ${itThem(failed)}.`,
    );
    after.push(`${failed} that couldn’t be processed`);
  }
  return {
    beforeExport: before.join(' '),
    afterExport:
      `Left out ${reflections(total)}: ${after.join(', ')}. ` +
      `Export again once ${total === 1 ? 'it is' : 'they are'} ready to include ${itThem(total)}.`,
  };
}

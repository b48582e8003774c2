import type { RestoreCounts } from '../import/restoreBundle';

/** "Added 12 items, updated 1, 3 were already here." for the restore result. */
export function describeRestoreResult({ added, updated, skipped }: RestoreCounts): string {
  if (added === 0 && updated === 0 && skipped === 0) return 'The bundle was empty: nothing to add.';
  const addedText = `Added ${added} item${added === 1 ? '' : 's'}`;
  const alreadyText = `${skipped} ${skipped === 1 ? 'was' : 'were'} already here`;
  return `${addedText}, updated ${updated}, ${alreadyText}.`;
}

import { CLIP_KIND_LABELS } from '../clip/clipText';
import type { LibraryKind, LibrarySort } from './libraryQuery';

// Student-facing words for the library and the trash. Issue 7 moves these into locale files.

export function libraryKindLabel(kind: LibraryKind): string {
  return kind === 'reflection' ? 'Reflection' : CLIP_KIND_LABELS[kind];
}

export const LIBRARY_SORT_LABELS: Record<LibrarySort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  title: 'Title (A to Z)',
};

/** "1 item", "1,234 items". */
export function itemCount(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'item' : 'items'}`;
}

/** The live region's sentence for a result list. */
export function resultsSentence(count: number, filtered: boolean): string {
  if (count === 0) return filtered ? 'No items match these filters.' : 'No items yet.';
  return filtered ? `${itemCount(count)} match.` : `${itemCount(count)}.`;
}

export function trashedSentence(count: number): string {
  return `${itemCount(count)} moved to the trash.`;
}

export function restoredSentence(count: number): string {
  return `${itemCount(count)} restored.`;
}

export function tagSentence(count: number, tagName: string, action: 'add' | 'remove'): string {
  return action === 'add'
    ? `Tagged ${itemCount(count)} with “${tagName}”.`
    : `Removed “${tagName}” from ${itemCount(count)}.`;
}

/** "Deleted for good on 12 June 2025", with the date in the student's locale. */
export function expiresSentence(expiresAt: number, now: number): string {
  if (expiresAt <= now) return 'Will be deleted for good the next time the library opens.';
  const date = new Date(expiresAt).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return `Will be deleted for good on ${date}.`;
}

/** An item's date as the library shows it: "4 Mar 2025" in the student's locale. */
export function formatLibraryDate(date: number): string {
  return new Date(date).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

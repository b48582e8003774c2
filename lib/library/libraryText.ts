import { i18n } from '#i18n';
import { clipKindLabel } from '../clip/clipText';
import type { GoalStatus } from '../db/records';
import type { LibraryKind, LibrarySort } from './libraryQuery';

// Student-facing words for the library and the trash (locales/parts/library.*.yml).

export function libraryKindLabel(kind: LibraryKind): string {
  return kind === 'reflection' ? i18n.t('library.reflection') : clipKindLabel(kind);
}

export function librarySortLabel(sort: LibrarySort): string {
  switch (sort) {
    case 'newest':
      return i18n.t('library.sorts.newest');
    case 'oldest':
      return i18n.t('library.sorts.oldest');
    case 'title':
      return i18n.t('library.sorts.title');
  }
}

/** The count as the student's locale writes it ("1,234"), for a plural message's $1. */
function formatted(count: number): [string] {
  return [count.toLocaleString()];
}

/** "1 item", "1,234 items". */
export function itemCount(count: number): string {
  return i18n.t('library.count.items', count, formatted(count));
}

/** The live region's sentence for a result list. */
export function resultsSentence(count: number, filtered: boolean): string {
  if (count === 0)
    return filtered ? i18n.t('library.count.noneMatching') : i18n.t('library.count.none');
  return filtered
    ? i18n.t('library.count.matching', count, formatted(count))
    : i18n.t('library.count.all', count, formatted(count));
}

export function trashedSentence(count: number): string {
  return i18n.t('library.toast.trashed', count, formatted(count));
}

export function restoredSentence(count: number): string {
  return i18n.t('library.toast.restored', count, formatted(count));
}

export function tagSentence(count: number, tagName: string, action: 'add' | 'remove'): string {
  return action === 'add'
    ? i18n.t('library.toast.tagged', count, formatted(count), { tag: tagName })
    : i18n.t('library.toast.untagged', count, formatted(count), { tag: tagName });
}

/** "Deleted for good on 12 June 2025", with the date in the student's locale. */
export function expiresSentence(expiresAt: number, now: number): string {
  if (expiresAt <= now) return i18n.t('library.expiry.nextOpen');
  const date = new Date(expiresAt).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return i18n.t('library.expiry.onDate', { date });
}

/** An item's date as the library shows it: "4 Mar 2025" in the student's locale. */
export function formatLibraryDate(date: number): string {
  return new Date(date).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/** A card's title, or the words for "no title" that fit its kind. */
export function libraryItemTitle(card: { title: string; kind: LibraryKind }): string {
  if (card.title) return card.title;
  return card.kind === 'reflection'
    ? i18n.t('library.untitledReflection')
    : i18n.t('library.untitled');
}

/** The word shown in place of a thumbnail for an item without a picture (no emoji needed). */
export function libraryThumbnailWord(kind: LibraryKind): string {
  switch (kind) {
    case 'visible':
    case 'fullpage':
    case 'region':
      return i18n.t('library.thumbnail.screenshot');
    case 'selection':
      return i18n.t('library.thumbnail.text');
    case 'image':
      return i18n.t('library.thumbnail.image');
    case 'link':
      return i18n.t('library.thumbnail.link');
    case 'article':
      return i18n.t('library.thumbnail.article');
    case 'snapshot':
      return i18n.t('library.thumbnail.snapshot');
    case 'reflection':
      return i18n.t('library.thumbnail.reflection');
  }
}

/** A goal in the goal filter, its status named when it is not active. */
export function goalFilterLabel(goal: { title: string; status: GoalStatus }): string {
  switch (goal.status) {
    case 'active':
      return goal.title;
    case 'achieved':
      return i18n.t('library.controls.goalAchieved', { title: goal.title });
    case 'archived':
      return i18n.t('library.controls.goalArchived', { title: goal.title });
  }
}

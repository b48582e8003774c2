import { parseLibraryKey, type LibraryKey } from './libraryQuery';

/**
 * Selection in the library is a set of key strings ("e:<id>", "r:<id>").
 * These helpers never mutate: each returns a new set for React state.
 */

/** Checks or unchecks one item. */
export function toggleSelected(
  selected: ReadonlySet<string>,
  key: string,
  checked: boolean,
): Set<string> {
  const next = new Set(selected);
  if (checked) next.add(key);
  else next.delete(key);
  return next;
}

/**
 * Shift-click: gives every item between the anchor (the last item clicked)
 * and this one the state this one now has, as file managers do. Without an
 * anchor still in the list it is a plain toggle.
 */
export function selectRange(
  selected: ReadonlySet<string>,
  orderedKeys: readonly string[],
  anchorKey: string | null,
  key: string,
  checked: boolean,
): Set<string> {
  const from = anchorKey === null ? -1 : orderedKeys.indexOf(anchorKey);
  const to = orderedKeys.indexOf(key);
  if (from < 0 || to < 0) return toggleSelected(selected, key, checked);
  const next = new Set(selected);
  const [low, high] = from < to ? [from, to] : [to, from];
  for (let i = low; i <= high; i += 1) {
    const item = orderedKeys[i];
    if (item === undefined) continue;
    if (checked) next.add(item);
    else next.delete(item);
  }
  return next;
}

/**
 * The selected items still shown, in list order. Actions only ever touch
 * these, so a filter change can't make "Move to trash" hit hidden items.
 */
export function selectedShown(
  selected: ReadonlySet<string>,
  orderedKeys: readonly string[],
): string[] {
  if (selected.size === 0) return [];
  return orderedKeys.filter((key) => selected.has(key));
}

/** The library keys behind selected key strings; anything unparseable is skipped. */
export function selectedKeys(keyStrings: readonly string[]): LibraryKey[] {
  return keyStrings.flatMap((text) => parseLibraryKey(text) ?? []);
}

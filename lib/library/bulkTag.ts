import type { PlpDatabase } from '../db/schema';
import { libraryKeyString, type LibraryKey } from './libraryQuery';

/** Tags to add to and take off every selected item. */
export interface TagChange {
  addGoalIds?: readonly string[];
  removeGoalIds?: readonly string[];
  addSkillIds?: readonly string[];
  removeSkillIds?: readonly string[];
}

function changed(current: string[], add: readonly string[] = [], remove: readonly string[] = []) {
  const gone = new Set(remove);
  return [...new Set([...current, ...add])].filter((id) => !gone.has(id));
}

/**
 * Tags or untags many items at once, in one transaction, keeping each item's
 * other tags. Returns the items as they were, so the change can be undone exactly.
 */
export async function tagItems(
  db: PlpDatabase,
  keys: readonly LibraryKey[],
  change: TagChange,
  now: () => number = Date.now,
): Promise<TaggedBefore[]> {
  const at = now();
  return db.transaction('rw', db.evidence, db.reflections, async () => {
    const before: TaggedBefore[] = [];
    // An item listed twice would be recorded twice, the second time with the
    // new tags, and "Undo" would then put the new tags back.
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(libraryKeyString(key))) continue;
      seen.add(libraryKeyString(key));
      const table = key.table === 'evidence' ? db.evidence : db.reflections;
      const item = await table.get(key.id);
      if (!item) continue;
      before.push({ ...key, goalIds: item.goalIds, skillIds: item.skillIds });
      await table.update(key.id, {
        goalIds: changed(item.goalIds, change.addGoalIds, change.removeGoalIds),
        skillIds: changed(item.skillIds, change.addSkillIds, change.removeSkillIds),
        updatedAt: at,
      });
    }
    return before;
  });
}

export interface TaggedBefore extends LibraryKey {
  goalIds: string[];
  skillIds: string[];
}

/** Puts back the tags `tagItems` changed ("Undo"). */
export async function restoreTags(db: PlpDatabase, before: readonly TaggedBefore[]) {
  await db.transaction('rw', db.evidence, db.reflections, async () => {
    for (const item of before) {
      const table = item.table === 'evidence' ? db.evidence : db.reflections;
      await table.update(item.id, { goalIds: item.goalIds, skillIds: item.skillIds });
    }
  });
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addEvidence, type NewEvidence } from '@/lib/evidence/evidenceRepo';
import { createWrittenReflection } from '@/lib/reflections/createWrittenReflection';
import { LibraryCardStore } from '@/lib/library/LibraryCardStore';
import { tagItems } from '@/lib/library/bulkTag';
import type { LibraryKey } from '@/lib/library/libraryQuery';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb } from '../testDb';

const clip = (id: string, mediaId: string | null = null): NewEvidence => ({
  id,
  kind: 'article',
  title: `Clip ${id}`,
  note: 'A note',
  url: `https://example.org/${id}`,
  capturedAt: 1,
  goalIds: [],
  skillIds: [],
  contentHash: id,
  mediaId,
});
const evidence = (id: string): LibraryKey => ({ table: 'evidence', id });

/** Resolves once the store has told its listeners about a change that satisfies `done`. */
function changeWhere(store: LibraryCardStore, done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done()) return resolve();
    const stop = store.subscribe(() => {
      if (!done()) return;
      stop();
      resolve();
    });
  });
}

let db: PlpDatabase;
let store: LibraryCardStore;
beforeEach(async () => {
  db = freshDb();
  await addEvidence(db, [clip('a', 'media-a'), clip('b'), clip('c'), clip('d')]);
});
afterEach(() => store.dispose());

describe('LibraryCardStore', () => {
  it('loads only the watched keys, with their saved-copy media id', async () => {
    store = new LibraryCardStore(db);
    const reflection = await createWrittenReflection(db, {
      title: 'Looking back',
      note: '',
      goalIds: [],
      skillIds: [],
    });
    store.watch([evidence('a'), { table: 'reflections', id: reflection.id }]);
    await changeWhere(store, () => store.get('e:a') !== undefined);
    expect(store.get('e:a')).toMatchObject({ title: 'Clip a', mediaId: 'media-a' });
    expect(store.get(`r:${reflection.id}`)).toMatchObject({ kind: 'reflection' });
    expect(store.get('e:b')).toBeUndefined();
  });

  it('reloads watched cards when their records change', async () => {
    store = new LibraryCardStore(db);
    store.watch([evidence('a'), evidence('b')]);
    await changeWhere(store, () => store.get('e:b') !== undefined);
    const before = store.getVersion();
    await tagItems(db, [evidence('b')], { addGoalIds: ['g1'] });
    await changeWhere(store, () => store.get('e:b')?.goalIds.includes('g1') === true);
    expect(store.getVersion()).toBeGreaterThan(before);
  });

  it('keeps cards that scrolled away, within its limit, never dropping watched ones', async () => {
    store = new LibraryCardStore(db, 2);
    store.watch([evidence('a'), evidence('b')]);
    await changeWhere(store, () => store.get('e:b') !== undefined);
    store.watch([evidence('c')]);
    await changeWhere(store, () => store.get('e:c') !== undefined);
    // Limit 2: the oldest card not on screen goes first.
    expect(store.get('e:a')).toBeUndefined();
    expect(store.get('e:b')).toBeDefined();
    store.watch([evidence('c'), evidence('d')]);
    await changeWhere(store, () => store.get('e:d') !== undefined);
    expect(store.get('e:c')).toBeDefined();
    expect(store.get('e:b')).toBeUndefined();
  });

  it('ignores watching the same keys again and stops on dispose', async () => {
    store = new LibraryCardStore(db);
    store.watch([evidence('a')]);
    await changeWhere(store, () => store.get('e:a') !== undefined);
    const version = store.getVersion();
    store.watch([evidence('a')]);
    store.dispose();
    await tagItems(db, [evidence('a')], { addGoalIds: ['g1'] });
    // A fresh read proves the write landed; the disposed store never saw it.
    expect((await db.evidence.get('a'))?.goalIds).toEqual(['g1']);
    expect(store.getVersion()).toBe(version);
    expect(store.get('e:a')?.goalIds).toEqual([]);
  });
});

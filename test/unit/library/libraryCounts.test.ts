import { beforeEach, describe, expect, it } from 'vitest';
import { addEvidence, type NewEvidence } from '@/lib/evidence/evidenceRepo';
import { createWrittenReflection } from '@/lib/reflections/createWrittenReflection';
import { countLibrary } from '@/lib/library/libraryCounts';
import { moveToTrash, restoreFromTrash } from '@/lib/library/trash';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb } from '../testDb';

const clip = (id: string): NewEvidence => ({
  id,
  kind: 'link',
  title: `Clip ${id}`,
  note: '',
  url: `https://example.org/${id}`,
  capturedAt: 1,
  goalIds: [],
  skillIds: [],
  contentHash: id,
  mediaId: null,
});

let db: PlpDatabase;
beforeEach(() => {
  db = freshDb();
});

describe('countLibrary', () => {
  it('is zero for an empty database', async () => {
    expect(await countLibrary(db)).toEqual({ live: 0, trash: 0 });
  });

  it('counts clips and reflections, with the trash apart', async () => {
    await addEvidence(db, [clip('a'), clip('b'), clip('c')]);
    const reflection = await createWrittenReflection(db, {
      title: 'What I learned',
      note: '',
      goalIds: [],
      skillIds: [],
    });
    expect(await countLibrary(db)).toEqual({ live: 4, trash: 0 });

    const trashed = [
      { table: 'evidence' as const, id: 'a' },
      { table: 'reflections' as const, id: reflection.id },
    ];
    await moveToTrash(db, trashed);
    expect(await countLibrary(db)).toEqual({ live: 2, trash: 2 });

    await restoreFromTrash(db, trashed);
    expect(await countLibrary(db)).toEqual({ live: 4, trash: 0 });
  });
});

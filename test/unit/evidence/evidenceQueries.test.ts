import { beforeEach, describe, expect, it } from 'vitest';
import { addEvidence, type NewEvidence } from '@/lib/evidence/evidenceRepo';
import {
  evidenceByWordPrefix,
  evidenceForGoal,
  evidenceForSkill,
} from '@/lib/evidence/evidenceQueries';
import { moveToTrash, restoreFromTrash } from '@/lib/library/trash';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb } from '../testDb';

const item = (
  id: string,
  capturedAt: number,
  title: string,
  goalIds: string[],
  skillIds: string[],
): NewEvidence => ({
  id,
  kind: 'link',
  title,
  note: '',
  url: `https://example.org/${id}`,
  capturedAt,
  goalIds,
  skillIds,
  contentHash: '',
  mediaId: null,
});

let db: PlpDatabase;
beforeEach(async () => {
  db = freshDb();
  await addEvidence(db, [
    item('a', 1, 'Photosynthesis lab', ['g1'], ['s1']),
    item('b', 3, 'Photo essay about photography', ['g1', 'g2'], ['s2']),
    item('c', 2, 'Budget spreadsheet', ['g2'], ['s1', 's2']),
  ]);
});

describe('evidence queries', () => {
  it('finds evidence for a goal through the multi-entry index, newest first', async () => {
    expect((await evidenceForGoal(db, 'g1')).map((e) => e.id)).toEqual(['b', 'a']);
    expect((await evidenceForGoal(db, 'nope')).length).toBe(0);
  });

  it('finds evidence for a skill', async () => {
    expect((await evidenceForSkill(db, 's1')).map((e) => e.id)).toEqual(['c', 'a']);
  });

  it('finds each item once by word prefix', async () => {
    // "photo" matches two words of item b; it must still appear once.
    expect((await evidenceByWordPrefix(db, 'PHOTO')).map((e) => e.id)).toEqual(['b', 'a']);
    expect(await evidenceByWordPrefix(db, '   ')).toEqual([]);
  });

  it('leaves items in the trash out until they are restored', async () => {
    const trashed = [{ table: 'evidence' as const, id: 'b' }];
    await moveToTrash(db, trashed, () => 100);
    expect((await evidenceForGoal(db, 'g1')).map((e) => e.id)).toEqual(['a']);
    expect((await evidenceForSkill(db, 's2')).map((e) => e.id)).toEqual(['c']);
    expect((await evidenceByWordPrefix(db, 'photo')).map((e) => e.id)).toEqual(['a']);
    await restoreFromTrash(db, trashed);
    expect((await evidenceForGoal(db, 'g1')).map((e) => e.id)).toEqual(['b', 'a']);
  });
});

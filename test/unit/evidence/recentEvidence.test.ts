import { describe, expect, it } from 'vitest';
import { recentEvidence } from '@/lib/evidence/recentEvidence';
import { addEvidence, type NewEvidence } from '@/lib/evidence/evidenceRepo';
import { moveToTrash } from '@/lib/library/trash';
import { freshDb } from '../testDb';

const clip = (id: string, capturedAt: number): NewEvidence => ({
  id,
  kind: 'link',
  title: id,
  note: '',
  url: `https://example.org/${id}`,
  capturedAt,
  goalIds: [],
  skillIds: [],
  contentHash: id,
  mediaId: null,
});

describe('recentEvidence', () => {
  it('lists the newest clips first, up to the limit', async () => {
    const db = freshDb();
    await addEvidence(db, [clip('old', 1), clip('new', 3), clip('mid', 2)]);
    expect((await recentEvidence(db, 2)).map((item) => item.id)).toEqual(['new', 'mid']);
  });

  it('leaves out clips in the trash, still filling the limit with live ones', async () => {
    const db = freshDb();
    await addEvidence(db, [clip('old', 1), clip('new', 3), clip('mid', 2)]);
    await moveToTrash(db, [{ table: 'evidence', id: 'new' }], () => 100);
    expect((await recentEvidence(db, 2)).map((item) => item.id)).toEqual(['mid', 'old']);
  });
});

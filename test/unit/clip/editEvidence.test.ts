import { describe, expect, it } from 'vitest';
import { discardEvidence, updateEvidenceDetails } from '@/lib/evidence/editEvidence';
import { saveClip } from '@/lib/clip/saveClip';
import { freshDb, testDeps } from '../testDb';

async function seed() {
  const db = freshDb();
  const record = await saveClip(
    db,
    {
      kind: 'visible',
      source: 'popup',
      title: 'Lab photo',
      note: '',
      url: 'https://example.org/lab',
      capturedAt: 1,
      goalIds: [],
      skillIds: [],
      contentHash: 'x',
      pageTitle: 'Chemistry lab',
      main: { blob: new Blob(['img']), mimeType: 'image/webp' },
      thumbnail: { blob: new Blob(['t']), mimeType: 'image/webp' },
    },
    testDeps(),
  );
  return { db, record };
}

describe('clip sheet edits', () => {
  it('saves note, title, goals and skills, and re-indexes the words', async () => {
    const { db, record } = await seed();
    await updateEvidenceDetails(db, record.id, {
      title: 'Titration results',
      note: 'I measured the endpoint carefully',
      goalIds: ['g1', 'g1'],
      skillIds: ['vt-problem-solving'],
    });
    const stored = await db.evidence.get(record.id);
    expect(stored).toMatchObject({
      title: 'Titration results',
      goalIds: ['g1'],
      skillIds: ['vt-problem-solving'],
    });
    expect(stored?.searchWords).toEqual(
      expect.arrayContaining(['titration', 'endpoint', 'chemistry']),
    );
  });

  it('falls back to the page title for a blank title', async () => {
    const { db, record } = await seed();
    await updateEvidenceDetails(db, record.id, {
      title: '   ',
      note: '',
      goalIds: [],
      skillIds: [],
    });
    expect((await db.evidence.get(record.id))?.title).toBe('Chemistry lab');
  });

  it('discards a clip with all its media', async () => {
    const { db, record } = await seed();
    expect(await db.media.count()).toBe(2);
    await discardEvidence(db, record.id);
    expect(await db.evidence.count()).toBe(0);
    expect(await db.media.count()).toBe(0);
  });
});

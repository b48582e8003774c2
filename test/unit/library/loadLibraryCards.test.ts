import { beforeEach, describe, expect, it } from 'vitest';
import { loadLibraryCards, NOTE_PREVIEW_LENGTH } from '@/lib/library/loadLibraryCards';
import { addEvidence } from '@/lib/evidence/evidenceRepo';
import { moveToTrash } from '@/lib/library/trash';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb } from '../testDb';
import { clip, ev, reflectionRow, rf, short } from './libraryFixtures';

let db: PlpDatabase;
beforeEach(async () => {
  db = freshDb();
  await addEvidence(db, [
    clip('a', {
      kind: 'article',
      title: 'Photosynthesis',
      note: '  Shows how\n\n I   summarise ',
      capturedAt: 20,
      goalIds: ['g1'],
      skillIds: ['s1'],
      thumbnailMediaId: 'a-thumb',
      siteName: 'Science Daily',
      faviconDataUrl: 'data:image/png;base64,AA==',
    }),
    clip('untitled', { title: '', pageTitle: 'Page title', capturedAt: 5 }),
    clip('bare', { title: '', url: 'https://example.org/bare', capturedAt: 6 }),
  ]);
  await db.reflections.bulkAdd([
    reflectionRow('rec', {
      kind: 'recorded',
      title: 'My robot',
      createdAt: 30,
      status: 'processing',
      durationMs: 61_000,
      posterMediaId: 'rec-poster',
    }),
    reflectionRow('wri', { kind: 'written', title: 'Written', note: 'n'.repeat(500) }),
  ]);
});

describe('loadLibraryCards', () => {
  it('returns cards in the order of the keys, mixing clips and reflections', async () => {
    const keys = [rf('wri'), ev('untitled'), ev('a'), rf('rec'), ev('bare')];
    expect(short(await loadLibraryCards(db, keys))).toEqual(short(keys));
  });

  it('skips items deleted meanwhile, keeping the order of the rest', async () => {
    const keys = [ev('a'), ev('gone'), rf('rec'), rf('gone'), ev('bare')];
    expect(short(await loadLibraryCards(db, keys))).toEqual(['e:a', 'r:rec', 'e:bare']);
  });

  it("reads a key's table: the same id in the other table is a different item", async () => {
    // 'a' is a clip and there is no reflection 'a'.
    expect(await loadLibraryCards(db, [rf('a')])).toEqual([]);
  });

  it('shows what a clip row needs', async () => {
    const [card] = await loadLibraryCards(db, [ev('a')]);
    expect(card).toMatchObject({
      table: 'evidence',
      id: 'a',
      kind: 'article',
      title: 'Photosynthesis',
      date: 20,
      goalIds: ['g1'],
      skillIds: ['s1'],
      notePreview: 'Shows how I summarise',
      imageMediaId: 'a-thumb',
      faviconDataUrl: 'data:image/png;base64,AA==',
      url: 'https://example.org/a',
      siteName: 'Science Daily',
      status: null,
      durationMs: null,
      deletedAt: null,
    });
  });

  it('titles an untitled clip by its page title, else its address', async () => {
    const cards = await loadLibraryCards(db, [ev('untitled'), ev('bare')]);
    expect(cards.map((card) => card.title)).toEqual(['Page title', 'https://example.org/bare']);
  });

  it('shows a recorded reflection with its poster, status and length', async () => {
    const [card] = await loadLibraryCards(db, [rf('rec')]);
    expect(card).toMatchObject({
      table: 'reflections',
      kind: 'reflection',
      title: 'My robot',
      date: 30,
      imageMediaId: 'rec-poster',
      status: 'processing',
      durationMs: 61_000,
      url: null,
    });
  });

  it('gives a written reflection no status, and cuts a long note short', async () => {
    const [card] = await loadLibraryCards(db, [rf('wri')]);
    expect(card?.status).toBeNull();
    expect(card?.notePreview).toHaveLength(NOTE_PREVIEW_LENGTH);
    expect(card?.notePreview.endsWith('…')).toBe(true);
  });

  it('marks a trashed item with when it went', async () => {
    await moveToTrash(db, [ev('a')], () => 4242);
    const [card] = await loadLibraryCards(db, [ev('a')]);
    expect(card?.deletedAt).toBe(4242);
  });
});

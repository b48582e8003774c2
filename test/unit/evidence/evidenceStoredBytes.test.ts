import { beforeEach, describe, expect, it } from 'vitest';
import { saveClip } from '@/lib/clip/saveClip';
import { evidenceStoredBytes } from '@/lib/evidence/evidenceStoredBytes';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb, testDeps } from '../testDb';

let db: PlpDatabase;
beforeEach(() => {
  db = freshDb();
});

const bytes = (n: number) => ({
  blob: new Blob([new Uint8Array(n)], { type: 'image/png' }),
  mimeType: 'image/png',
});

const clip = {
  kind: 'fullpage' as const,
  title: 'Tall page',
  note: '',
  url: 'https://example.org/',
  capturedAt: 1,
  goalIds: [],
  skillIds: [],
  contentHash: 'x',
};

describe('evidenceStoredBytes', () => {
  it('adds up the saved copy, the thumbnail and every part of a tall screenshot', async () => {
    const saved = await saveClip(
      db,
      { ...clip, main: bytes(1000), extra: [bytes(300), bytes(200)], thumbnail: bytes(40) },
      testDeps(),
    );
    expect(await evidenceStoredBytes(db, saved.id)).toBe(1540);
  });

  it('counts nothing for a link-only clip or an unknown id', async () => {
    const saved = await saveClip(
      db,
      { ...clip, kind: 'link', main: null, thumbnail: null },
      testDeps(),
    );
    expect(await evidenceStoredBytes(db, saved.id)).toBe(0);
    expect(await evidenceStoredBytes(db, 'nope')).toBe(0);
  });

  it('counts only the clip’s own media', async () => {
    const deps = testDeps();
    const first = await saveClip(db, { ...clip, main: bytes(10), thumbnail: null }, deps);
    await saveClip(db, { ...clip, main: bytes(99), thumbnail: null }, deps);
    expect(await evidenceStoredBytes(db, first.id)).toBe(10);
  });
});

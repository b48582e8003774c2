import { beforeEach, describe, expect, it } from 'vitest';
import { addEvidence } from '@/lib/evidence/evidenceRepo';
import { createWrittenReflection } from '@/lib/reflections/createWrittenReflection';
import { queryLibrary } from '@/lib/library/queryLibrary';
import { moveToTrash } from '@/lib/library/trash';
import { EMPTY_LIBRARY_QUERY, type LibraryQuery } from '@/lib/library/libraryQuery';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb } from '../testDb';
import { clip, ev, rf, short } from './libraryFixtures';

let db: PlpDatabase;

async function reflection(
  id: string,
  createdAt: number,
  details: { title: string; note?: string; goalIds?: string[]; skillIds?: string[] },
) {
  await createWrittenReflection(
    db,
    { note: '', goalIds: [], skillIds: [], ...details },
    { now: () => createdAt, newId: () => id },
  );
}

/**
 * Three clips and two reflections, dated so that "newest" interleaves them:
 * budget 50, lab 40, essay 30, photo 20, apple 10.
 */
beforeEach(async () => {
  db = freshDb();
  await addEvidence(db, [
    clip('photo', {
      kind: 'article',
      title: 'Photosynthesis report',
      text: 'Chlorophyll absorbs light energy',
      capturedAt: 20,
      goalIds: ['g1'],
      skillIds: ['s1'],
    }),
    clip('budget', {
      kind: 'visible',
      title: 'Budget spreadsheet',
      note: 'Saving for a bike',
      capturedAt: 50,
      goalIds: ['g2'],
      skillIds: ['s2'],
    }),
    clip('essay', {
      kind: 'selection',
      title: 'Émile essay draft',
      capturedAt: 30,
      goalIds: ['g1', 'g2'],
    }),
  ]);
  await reflection('lab', 40, {
    title: 'What the lab taught me',
    note: 'Photosynthesis needs patience',
    goalIds: ['g1'],
    skillIds: ['s2'],
  });
  await reflection('apple', 10, { title: 'apple tasting', goalIds: ['g3'] });
});

const run = async (query: Partial<LibraryQuery>) =>
  short(await queryLibrary(db, { ...EMPTY_LIBRARY_QUERY, ...query }));

describe('queryLibrary sorting', () => {
  it('lists clips and reflections together, newest first', async () => {
    expect(await run({})).toEqual(['e:budget', 'r:lab', 'e:essay', 'e:photo', 'r:apple']);
  });

  it('lists oldest first', async () => {
    expect(await run({ sort: 'oldest' })).toEqual([
      'r:apple',
      'e:photo',
      'e:essay',
      'r:lab',
      'e:budget',
    ]);
  });

  it('sorts by title ignoring case and accents', async () => {
    expect(await run({ sort: 'title' })).toEqual([
      'r:apple',
      'e:budget',
      'e:essay', // "Émile" sorts as "emile"
      'e:photo',
      'r:lab', // "What the lab…"
    ]);
  });

  it('breaks title ties newest first and orders numbers by value', async () => {
    await addEvidence(db, [
      clip('week10', { title: 'Week 10', capturedAt: 5 }),
      clip('week2-old', { title: 'Week 2', capturedAt: 6 }),
      clip('week2-new', { title: 'week 2', capturedAt: 7 }),
    ]);
    const titles = (await run({ sort: 'title' })).filter((key) => key.startsWith('e:week'));
    expect(titles).toEqual(['e:week2-new', 'e:week2-old', 'e:week10']);
  });

  it('returns each entry with its date', async () => {
    const entries = await queryLibrary(db, { ...EMPTY_LIBRARY_QUERY, sort: 'oldest' });
    expect(entries.slice(0, 2)).toEqual([
      { table: 'reflections', id: 'apple', date: 10 },
      { table: 'evidence', id: 'photo', date: 20 },
    ]);
  });
});

describe('queryLibrary search', () => {
  it('matches word prefixes in titles and notes of clips and reflections, any case', async () => {
    expect(await run({ text: 'PHOTO' })).toEqual(['r:lab', 'e:photo']);
    expect(await run({ text: 'bik' })).toEqual(['e:budget']);
  });

  it('finds a word that only the clipped article text holds', async () => {
    expect(await run({ text: 'chloroph' })).toEqual(['e:photo']);
  });

  it("finds a word that only a reflection's note holds", async () => {
    expect(await run({ text: 'patience' })).toEqual(['r:lab']);
  });

  it('needs every word to match, in any order', async () => {
    expect(await run({ text: 'lab photo' })).toEqual(['r:lab']);
    expect(await run({ text: 'energy, photo' })).toEqual(['e:photo']);
    expect(await run({ text: 'photo bike' })).toEqual([]);
  });

  it('matches nothing for a word no item has', async () => {
    expect(await run({ text: 'volcano' })).toEqual([]);
  });
});

describe('queryLibrary filters', () => {
  it('keeps items tagged with any of the goals', async () => {
    expect(await run({ goalIds: ['g2'] })).toEqual(['e:budget', 'e:essay']);
    expect(await run({ goalIds: ['g2', 'g3'] })).toEqual(['e:budget', 'e:essay', 'r:apple']);
  });

  it('keeps items tagged with any of the skills, and combines with goals', async () => {
    expect(await run({ skillIds: ['s2'] })).toEqual(['e:budget', 'r:lab']);
    expect(await run({ skillIds: ['s2'], goalIds: ['g1'] })).toEqual(['r:lab']);
  });

  it('keeps clips of the chosen kinds', async () => {
    expect(await run({ kinds: ['article'] })).toEqual(['e:photo']);
    expect(await run({ kinds: ['article', 'selection'] })).toEqual(['e:essay', 'e:photo']);
  });

  it("lists only reflections for the 'reflection' kind, or with clip kinds", async () => {
    expect(await run({ kinds: ['reflection'] })).toEqual(['r:lab', 'r:apple']);
    expect(await run({ kinds: ['visible', 'reflection'] })).toEqual([
      'e:budget',
      'r:lab',
      'r:apple',
    ]);
  });

  it('keeps dates inside the range, both ends included', async () => {
    expect(await run({ from: 20, to: 40 })).toEqual(['r:lab', 'e:essay', 'e:photo']);
    expect(await run({ from: 21, to: 39 })).toEqual(['e:essay']);
    expect(await run({ from: 40 })).toEqual(['e:budget', 'r:lab']);
    expect(await run({ to: 20 })).toEqual(['e:photo', 'r:apple']);
  });

  it('combines search, filters and sort', async () => {
    expect(
      await run({ text: 'photo', goalIds: ['g1'], kinds: ['reflection'], sort: 'oldest' }),
    ).toEqual(['r:lab']);
  });
});

describe('queryLibrary and the trash', () => {
  beforeEach(async () => {
    await moveToTrash(db, [ev('budget'), rf('lab')], () => 1000);
  });

  it('leaves trashed items out of the library, whatever the query', async () => {
    expect(await run({})).toEqual(['e:essay', 'e:photo', 'r:apple']);
    expect(await run({ text: 'photo' })).toEqual(['e:photo']);
    expect(await run({ skillIds: ['s2'] })).toEqual([]);
    expect(await run({ kinds: ['reflection'] })).toEqual(['r:apple']);
  });

  it('lists only trashed items with trash: true, filtered and sorted the same way', async () => {
    expect(await run({ trash: true })).toEqual(['e:budget', 'r:lab']);
    expect(await run({ trash: true, sort: 'oldest' })).toEqual(['r:lab', 'e:budget']);
    expect(await run({ trash: true, text: 'patience' })).toEqual(['r:lab']);
    expect(await run({ trash: true, kinds: ['article'] })).toEqual([]);
  });
});

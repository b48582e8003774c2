import { beforeEach, describe, expect, it } from 'vitest';
import { createWrittenReflection } from '@/lib/reflections/createWrittenReflection';
import { listReflections, ReflectionValidationError } from '@/lib/reflections/reflectionsRepo';
import { queryLibrary } from '@/lib/library/queryLibrary';
import { EMPTY_LIBRARY_QUERY } from '@/lib/library/libraryQuery';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb } from '../testDb';

let db: PlpDatabase;
beforeEach(() => {
  db = freshDb();
});

const deps = { now: () => 5000, newId: () => 'ref-1' };

describe('createWrittenReflection', () => {
  it('stores a ready written reflection with cleaned title, note and tags', async () => {
    const saved = await createWrittenReflection(
      db,
      {
        title: '  What   I learned\tabout fractions ',
        note: '\n I practised every day. \n',
        goalIds: ['g1', 'g1', 'g2'],
        skillIds: ['s1', 's1'],
        prompts: ['What did you try?'],
      },
      deps,
    );
    expect(saved).toEqual({
      id: 'ref-1',
      kind: 'written',
      title: 'What I learned about fractions',
      note: 'I practised every day.',
      goalIds: ['g1', 'g2'],
      skillIds: ['s1'],
      recordingId: null,
      mediaId: null,
      createdAt: 5000,
      updatedAt: 5000,
      status: 'ready',
      durationMs: null,
      posterMediaId: null,
      failure: null,
      processing: null,
      prompts: ['What did you try?'],
      searchWords: ['what', 'learned', 'about', 'fractions', 'practised', 'every', 'day'],
      sortTitle: 'what i learned about fractions',
      deletedAt: null,
    });
    expect(await db.reflections.get('ref-1')).toEqual(saved);
  });

  it('keeps at most 20 prompts of at most 300 characters', async () => {
    const prompts = Array.from({ length: 25 }, (_, i) => `${i}`.padEnd(400, '?'));
    const saved = await createWrittenReflection(
      db,
      { title: 'Prompts', note: '', goalIds: [], skillIds: [], prompts },
      deps,
    );
    expect(saved.prompts).toHaveLength(20);
    expect(saved.prompts.every((prompt) => prompt.length === 300)).toBe(true);
    expect(saved.prompts[19]?.startsWith('19')).toBe(true);
  });

  it('rejects an empty title or an over-long note and writes nothing', async () => {
    const attempt = (title: string, note = '') =>
      createWrittenReflection(db, { title, note, goalIds: [], skillIds: [] }, deps).catch(
        (error: unknown) => error,
      );
    const empty = await attempt(' \n ');
    expect(empty).toBeInstanceOf(ReflectionValidationError);
    expect((empty as ReflectionValidationError).issues).toEqual([
      { field: 'title', code: 'empty' },
    ]);
    const long = await attempt('Fine', 'n'.repeat(20_001));
    expect((long as ReflectionValidationError).issues).toEqual([
      { field: 'note', code: 'too-long' },
    ]);
    expect(await db.reflections.count()).toBe(0);
  });

  it('gives each reflection a fresh id when none is injected', async () => {
    const input = { title: 'One', note: '', goalIds: [], skillIds: [] };
    const first = await createWrittenReflection(db, input);
    const second = await createWrittenReflection(db, input);
    expect(first.id).not.toBe(second.id);
    expect(await db.reflections.count()).toBe(2);
  });

  it('shows up in the reflections list and in library search by a word of its note', async () => {
    await createWrittenReflection(
      db,
      { title: 'Debate club', note: 'Rebuttals got easier', goalIds: [], skillIds: [] },
      deps,
    );
    expect((await listReflections(db)).map((r) => r.id)).toEqual(['ref-1']);
    const found = await queryLibrary(db, {
      ...EMPTY_LIBRARY_QUERY,
      text: 'rebutt',
      kinds: ['reflection'],
    });
    expect(found).toEqual([{ table: 'reflections', id: 'ref-1', date: 5000 }]);
  });
});

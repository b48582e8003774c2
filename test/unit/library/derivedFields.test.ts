import { beforeEach, describe, expect, it } from 'vitest';
import { addEvidence, toEvidenceRecord } from '@/lib/evidence/evidenceRepo';
import { saveClip } from '@/lib/clip/saveClip';
import { updateEvidenceDetails } from '@/lib/evidence/editEvidence';
import { updateReflection } from '@/lib/reflections/reflectionsRepo';
import { sortTitleOf } from '@/lib/db/derivedFields';
import { SORT_TITLE_LENGTH } from '@/lib/db/records';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb, testDeps } from '../testDb';
import { clip, reflectionRow } from './libraryFixtures';

let db: PlpDatabase;
beforeEach(() => {
  db = freshDb();
});

/** Ids whose word index holds exactly this word. */
const evidenceWith = (word: string) => db.evidence.where('searchWords').equals(word).primaryKeys();
const reflectionsWith = (word: string) =>
  db.reflections.where('searchWords').equals(word).primaryKeys();

describe('sortTitleOf', () => {
  it('folds case and accents, trims, and cuts to the indexed length', () => {
    expect(sortTitleOf('  Écologie URBAINE ')).toBe('ecologie urbaine');
    expect(sortTitleOf('Ärger über Öl')).toBe('arger uber ol');
    expect(sortTitleOf('ﬁnal Draft')).toBe('final draft');
    expect(sortTitleOf('A'.repeat(100))).toBe('a'.repeat(SORT_TITLE_LENGTH));
  });
});

describe('derived search words and sort title', () => {
  it('are derived from every text field when evidence is added', async () => {
    await addEvidence(db, [
      clip('a', {
        title: 'Écologie Urbaine',
        note: 'Shows my research',
        pageTitle: 'City parks',
        siteName: 'Nature Weekly',
        byline: 'Ada Lovelace',
        text: 'Chlorophyll absorbs sunlight',
      }),
    ]);
    const stored = await db.evidence.get('a');
    expect(stored?.sortTitle).toBe('ecologie urbaine');
    expect(stored?.searchWords).toEqual([
      'écologie',
      'urbaine',
      'shows',
      'my',
      'research',
      'city',
      'parks',
      'nature',
      'weekly',
      'ada',
      'lovelace',
      'chlorophyll',
      'absorbs',
      'sunlight',
    ]);
  });

  it('are recomputed by the database even when a writer passes stale ones', async () => {
    const record = { ...toEvidenceRecord(clip('a', { title: 'Volcano model' }), 1) };
    await db.evidence.add({ ...record, searchWords: ['wrong'], sortTitle: 'wrong' });
    await db.reflections.add(reflectionRow('r', { title: 'Volcano Talk' }));
    expect(await evidenceWith('volcano')).toEqual(['a']);
    expect(await evidenceWith('wrong')).toEqual([]);
    expect((await db.evidence.get('a'))?.sortTitle).toBe('volcano model');
    expect(await reflectionsWith('volcano')).toEqual(['r']);
    expect(await reflectionsWith('stale')).toEqual([]);
    expect((await db.reflections.get('r'))?.sortTitle).toBe('volcano talk');
  });

  it('are derived for a clip saved with its media', async () => {
    const record = await saveClip(
      db,
      {
        kind: 'selection',
        source: 'context-menu',
        title: 'Tide Pools',
        note: '',
        url: 'https://example.org/tides',
        capturedAt: 1,
        goalIds: [],
        skillIds: [],
        contentHash: 'x',
        text: 'Anemones close at low tide',
        main: null,
        thumbnail: null,
      },
      testDeps(),
    );
    expect(await evidenceWith('anemones')).toEqual([record.id]);
    expect((await db.evidence.get(record.id))?.sortTitle).toBe('tide pools');
  });

  it('follow the clip sheet edit: old words go, new ones and the article text stay', async () => {
    await addEvidence(db, [clip('a', { title: 'Draft', note: 'first try', text: 'Magma rises' })]);
    await updateEvidenceDetails(db, 'a', {
      title: 'Zebra Stripes',
      note: 'final version',
      goalIds: [],
      skillIds: [],
    });
    const stored = await db.evidence.get('a');
    expect(stored?.sortTitle).toBe('zebra stripes');
    expect(stored?.searchWords).toEqual(
      expect.arrayContaining(['zebra', 'stripes', 'final', 'version', 'magma', 'rises']),
    );
    expect(stored?.searchWords).not.toContain('draft');
    expect(stored?.searchWords).not.toContain('first');
  });

  it('follow a reflection edit, which replaces the whole row', async () => {
    await db.reflections.add(reflectionRow('r', { title: 'Old title', note: 'old note' }));
    await updateReflection(db, 'r', {
      title: 'Ärger Management',
      note: 'breathing helped',
      goalIds: [],
      skillIds: [],
    });
    const stored = await db.reflections.get('r');
    expect(stored?.sortTitle).toBe('arger management');
    expect(stored?.searchWords).toEqual(['ärger', 'management', 'breathing', 'helped']);
    expect(await reflectionsWith('old')).toEqual([]);
  });

  it('follow a plain update of the note on either table', async () => {
    await addEvidence(db, [clip('a', { title: 'Poster', note: 'before' })]);
    await db.reflections.add(reflectionRow('r', { title: 'Talk', note: 'before' }));
    await db.evidence.update('a', { note: 'teamwork' });
    await db.reflections.update('r', { note: 'teamwork' });
    expect(await evidenceWith('teamwork')).toEqual(['a']);
    expect(await reflectionsWith('teamwork')).toEqual(['r']);
    expect(await evidenceWith('before')).toEqual([]);
    expect(await reflectionsWith('before')).toEqual([]);
    // The title's words survive a note-only change.
    expect(await evidenceWith('poster')).toEqual(['a']);
    expect((await db.reflections.get('r'))?.sortTitle).toBe('talk');
  });

  it('follow changes made through modify() and put()', async () => {
    await addEvidence(db, [clip('a', { title: 'Poster' }), clip('b', { title: 'Essay' })]);
    await db.evidence
      .where('id')
      .equals('a')
      .modify((item) => {
        item.note = 'collaboration';
      });
    const b = await db.evidence.get('b');
    if (!b) throw new Error('b was not stored');
    await db.evidence.put({ ...b, title: 'Quantum Leap' });
    expect(await evidenceWith('collaboration')).toEqual(['a']);
    expect(await evidenceWith('quantum')).toEqual(['b']);
    expect(await evidenceWith('essay')).toEqual([]);
    expect((await db.evidence.get('b'))?.sortTitle).toBe('quantum leap');
  });

  it('are left as they are by a change that touches no text', async () => {
    await addEvidence(db, [clip('a', { title: 'Poster' })]);
    const before = await db.evidence.get('a');
    await db.evidence.update('a', { goalIds: ['g1'], deletedAt: 5 });
    const after = await db.evidence.get('a');
    expect(after?.searchWords).toEqual(before?.searchWords);
    expect(after?.sortTitle).toBe('poster');
  });
});

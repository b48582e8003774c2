import { beforeEach, describe, expect, it } from 'vitest';
import type { PlpDatabase } from '@/lib/db/schema';
import { addEvidence, type NewEvidence } from '@/lib/evidence/evidenceRepo';
import { createGoal } from '@/lib/goals/goalsRepo';
import { createWrittenReflection } from '@/lib/reflections/createWrittenReflection';
import { moveToTrash } from '@/lib/library/trash';
import { listSkills } from '@/lib/skills/skillsRepo';
import { listGoalItems } from '@/lib/conference/listGoalItems';
import { prepareConference } from '@/lib/conference/prepareConference';
import {
  EXCERPT_MAX_LENGTH,
  loadConferenceItems,
  shortenExcerpt,
} from '@/lib/conference/conferenceItem';
import { NEW_CONFERENCE_PLAN, withItemPicked } from '@/lib/conference/conferencePlan';
import type { ItemSlide } from '@/lib/conference/buildConferenceSlides';
import { freshDb, testDeps } from '../testDb';

let db: PlpDatabase;
let g1: string;
let g2: string;
let deps: ReturnType<typeof testDeps>;

async function goal(title: string) {
  const input = {
    title,
    category: 'academic' as const,
    description: '',
    whyItMatters: '',
    successCriteria: '',
    steps: [],
    skillIds: [],
    targetDate: null,
  };
  return (await createGoal(db, input, deps)).id;
}

function clip(id: string, overrides: Partial<NewEvidence> = {}): NewEvidence {
  return {
    id,
    kind: 'link',
    title: `Clip ${id}`,
    note: '',
    url: `https://example.org/${id}`,
    capturedAt: 100,
    goalIds: [g1],
    skillIds: [],
    contentHash: id,
    mediaId: null,
    ...overrides,
  };
}

beforeEach(async () => {
  db = freshDb();
  deps = testDeps();
  g1 = await goal('First goal');
  g2 = await goal('Second goal');
});

describe('listGoalItems', () => {
  it("lists each goal's live clips and reflections oldest first", async () => {
    await addEvidence(db, [
      clip('late', { capturedAt: 300, goalIds: [g1, g2] }),
      clip('early', { capturedAt: 100 }),
      clip('trashed', { capturedAt: 150 }),
      clip('other', { capturedAt: 120, goalIds: [] }),
    ]);
    await moveToTrash(db, [{ table: 'evidence', id: 'trashed' }], () => 1);
    const written = await createWrittenReflection(
      db,
      { title: 'Thinking', note: 'I learned', goalIds: [g1], skillIds: [] },
      { now: () => 200, newId: () => 'r1' },
    );
    const lists = await listGoalItems(db, [g1, g2]);
    expect(lists.get(g1)?.map((card) => card.id)).toEqual(['early', written.id, 'late']);
    expect(lists.get(g2)?.map((card) => card.title)).toEqual(['Clip late']);
  });
});

describe('loadConferenceItems', () => {
  it('reads what each kind of item shows, in the order asked', async () => {
    const longText = 'word '.repeat(400);
    await addEvidence(db, [
      clip('shot', {
        kind: 'visible',
        mediaId: 'm-shot',
        thumbnailMediaId: 't-shot',
        siteName: 'Kahn',
      }),
      clip('page', { kind: 'fullpage', mediaId: 'm-page', thumbnailMediaId: 't-page' }),
      clip('snap', { kind: 'snapshot', mediaId: 'm-snap', thumbnailMediaId: 't-snap' }),
      clip('art', { kind: 'article', text: longText, excerpt: 'The summary.' }),
      clip('sel', { kind: 'selection', text: '  Quoted   words ' }),
      clip('link', { kind: 'link', description: 'About the page', note: ' Mine ' }),
    ]);
    const items = await loadConferenceItems(
      db,
      ['sel', 'shot', 'page', 'snap', 'art', 'link'].map((id) => ({ table: 'evidence', id })),
    );
    expect(items.map((item) => item.id)).toEqual(['sel', 'shot', 'page', 'snap', 'art', 'link']);
    const [sel, shot, page, snap, art, link] = items;
    expect(sel).toMatchObject({ excerpt: 'Quoted words', imageMediaId: null });
    expect(shot).toMatchObject({ imageMediaId: 'm-shot', tallImage: false, source: 'Kahn' });
    expect(page).toMatchObject({ imageMediaId: 'm-page', tallImage: true, source: 'example.org' });
    // A snapshot's main media is a page, not a picture: its thumbnail stands in.
    expect(snap).toMatchObject({ imageMediaId: 't-snap', tallImage: false, excerpt: null });
    expect(art?.excerpt).toBe('The summary.');
    expect(link).toMatchObject({ excerpt: 'About the page', note: 'Mine', videoMediaId: null });
  });

  it('shows a finished video, and no video while a recording is processing', async () => {
    const ready = await createWrittenReflection(
      db,
      { title: 'Ready', note: '', goalIds: [g1], skillIds: [] },
      { now: () => 1, newId: () => 'ready' },
    );
    const busy = await createWrittenReflection(
      db,
      { title: 'Busy', note: '', goalIds: [g1], skillIds: [] },
      { now: () => 2, newId: () => 'busy' },
    );
    await db.reflections.update(ready.id, {
      kind: 'recorded',
      mediaId: 'video',
      posterMediaId: 'poster',
    });
    await db.reflections.update(busy.id, { kind: 'recorded', status: 'processing', mediaId: null });
    const written = await createWrittenReflection(
      db,
      { title: 'Written', note: 'My words', goalIds: [g1], skillIds: [] },
      { now: () => 3, newId: () => 'written' },
    );
    const items = await loadConferenceItems(
      db,
      [ready, busy, written].map(({ id }) => ({ table: 'reflections', id })),
    );
    expect(items.map((i) => [i.videoMediaId, i.imageMediaId, i.recordingStatus])).toEqual([
      ['video', 'poster', 'ready'],
      [null, null, 'processing'],
      [null, null, null],
    ]);
    expect(items[2]).toMatchObject({ kind: 'reflection', note: 'My words', title: 'Written' });
  });

  it('leaves out items deleted or trashed since the plan listed them', async () => {
    await addEvidence(db, [clip('kept'), clip('trashed')]);
    await moveToTrash(db, [{ table: 'evidence', id: 'trashed' }], () => 1);
    const items = await loadConferenceItems(db, [
      { table: 'evidence', id: 'trashed' },
      { table: 'evidence', id: 'missing' },
      { table: 'reflections', id: 'kept' },
      { table: 'evidence', id: 'kept' },
    ]);
    expect(items.map((item) => `${item.table}:${item.id}`)).toEqual(['evidence:kept']);
  });
});

describe('shortenExcerpt', () => {
  it('keeps short text whole and cuts long text at a word', () => {
    expect(shortenExcerpt(' a  b ')).toBe('a b');
    const cut = shortenExcerpt('abcdefgh '.repeat(200));
    expect(cut.length).toBeLessThanOrEqual(EXCERPT_MAX_LENGTH);
    expect(cut).toMatch(/abcdefgh…$/);
    expect(shortenExcerpt('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('prepareConference', () => {
  it('builds the deck from the plan, without the items left out', async () => {
    await addEvidence(db, [
      clip('a', { capturedAt: 1 }),
      clip('b', { capturedAt: 2, goalIds: [g1, g2] }),
      clip('c', { capturedAt: 3, goalIds: [g2] }),
    ]);
    const [goals, skills] = [await db.goals.toArray(), await listSkills(db)];
    const itemsByGoal = await listGoalItems(db, [g1, g2]);
    const plan = withItemPicked(NEW_CONFERENCE_PLAN, { table: 'evidence', id: 'a' }, false);
    const slides = await prepareConference(db, plan, { goals, skills, itemsByGoal }, () => 42);
    expect(slides.map((s) => `${s.kind}:${s.heading}`)).toEqual([
      'title:My Personalized Learning Plan',
      'goal:First goal',
      'item:Clip b',
      'goal:Second goal',
      'item:Clip c',
      'skills:Skills my evidence shows',
    ]);
    expect(slides[0]).toMatchObject({ date: 42, goalCount: 2 });
    expect((slides[2] as ItemSlide).goalNames).toEqual(['First goal', 'Second goal']);
  });
});

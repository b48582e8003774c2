import { beforeEach, describe, expect, it } from 'vitest';
import { loadGoalTimeline } from '@/lib/goals/loadGoalTimeline';
import { addEvidence, type NewEvidence } from '@/lib/evidence/evidenceRepo';
import { createWrittenReflection } from '@/lib/reflections/createWrittenReflection';
import { moveToTrash } from '@/lib/library/trash';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb } from '../testDb';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 10);

function clip(id: string, capturedAt: number, goalIds: string[]): NewEvidence {
  return {
    id,
    kind: 'link',
    title: `Clip ${id}`,
    note: '',
    url: `https://example.org/${id}`,
    capturedAt,
    goalIds,
    skillIds: [],
    contentHash: id,
    mediaId: null,
  };
}

async function reflection(title: string, createdAt: number, goalIds: string[]) {
  return createWrittenReflection(
    db,
    { title, note: '', goalIds, skillIds: [] },
    { now: () => createdAt, newId: () => `r-${title}` },
  );
}

let db: PlpDatabase;
beforeEach(() => {
  db = freshDb();
});

describe('loadGoalTimeline', () => {
  it('lists the goal’s clips and reflections together, oldest first', async () => {
    // Written out of time order on purpose.
    await addEvidence(db, [
      clip('late', T0 + 40 * DAY, ['g1']),
      clip('early', T0, ['g1', 'g2']),
      clip('other-goal', T0 + DAY, ['g2']),
      clip('untagged', T0 + 2 * DAY, []),
    ]);
    await reflection('middle', T0 + 10 * DAY, ['g1']);
    await reflection('first', T0 - DAY, ['g1']);
    await reflection('elsewhere', T0 + 3 * DAY, ['g2']);

    const timeline = await loadGoalTimeline(db, 'g1');
    expect(timeline.map((card) => [card.table, card.title, card.date])).toEqual([
      ['reflections', 'first', T0 - DAY],
      ['evidence', 'Clip early', T0],
      ['reflections', 'middle', T0 + 10 * DAY],
      ['evidence', 'Clip late', T0 + 40 * DAY],
    ]);
  });

  it('leaves items in the trash out until they are restored', async () => {
    await addEvidence(db, [clip('kept', T0, ['g1']), clip('binned', T0 + DAY, ['g1'])]);
    const binned = await reflection('binned note', T0 + 2 * DAY, ['g1']);
    await moveToTrash(
      db,
      [
        { table: 'evidence', id: 'binned' },
        { table: 'reflections', id: binned.id },
      ],
      () => T0 + 3 * DAY,
    );

    const timeline = await loadGoalTimeline(db, 'g1');
    expect(timeline.map((card) => card.id)).toEqual(['kept']);
  });

  it('is empty for a goal with nothing tagged yet', async () => {
    await addEvidence(db, [clip('a', T0, ['g2'])]);
    expect(await loadGoalTimeline(db, 'g1')).toEqual([]);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { cellCount, countEvidence } from '@/lib/skillsMap/countEvidence';
import { evidenceForCell } from '@/lib/skillsMap/evidenceForCell';
import { addEvidence, type NewEvidence } from '@/lib/evidence/evidenceRepo';
import { createGoal } from '@/lib/goals/goalsRepo';
import { moveToTrash, restoreFromTrash } from '@/lib/library/trash';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb, testDeps } from '../testDb';

// The default framework's ids, short for the tables below.
const [s1, s2, s3, s4, s5] = [
  'vt-communication',
  'vt-self-direction',
  'vt-problem-solving',
  'vt-citizenship',
  'vt-integrative-thinking',
] as const;

let db: PlpDatabase;
let g1: string, g2: string, g3: string, g4: string;
beforeEach(async () => {
  db = freshDb();
  const deps = testDeps();
  const goal = async (title: string) =>
    (
      await createGoal(
        db,
        {
          title,
          category: 'personal',
          description: '',
          whyItMatters: '',
          successCriteria: '',
          steps: [],
          skillIds: [],
          targetDate: null,
        },
        deps,
      )
    ).id;
  [g1, g2, g3, g4] = [
    await goal('One'),
    await goal('Two'),
    await goal('Three'),
    await goal('Four'),
  ];
});

function clip(id: string, goalIds: string[], skillIds: string[], capturedAt = 1): NewEvidence {
  return {
    id,
    kind: 'link',
    title: `Clip ${id}`,
    note: '',
    url: `https://example.org/${id}`,
    capturedAt,
    goalIds,
    skillIds,
    contentHash: id,
    mediaId: null,
  };
}

describe('countEvidence', () => {
  it('counts nothing in an empty library', async () => {
    const counts = await countEvidence(db);
    expect(counts.total).toBe(0);
    expect(counts.cells.size).toBe(0);
    expect(cellCount(counts, s2, g1)).toBe(0);
  });

  it('counts each pair, and each item once in the totals however many tags it has', async () => {
    await addEvidence(db, [
      clip('a', [g1], [s1]),
      clip('b', [g1, g2], [s1, s2]),
      clip('c', [g2], [s2]),
      clip('d', [g2], []), // a goal but no skill
      clip('e', [], [s1]), // a skill but no goal
      clip('f', [], []),
    ]);
    const counts = await countEvidence(db);
    expect(cellCount(counts, s1, g1)).toBe(2);
    expect(cellCount(counts, s1, g2)).toBe(1);
    expect(cellCount(counts, s2, g1)).toBe(1);
    expect(cellCount(counts, s2, g2)).toBe(2);
    expect(cellCount(counts, s3, g1)).toBe(0);
    expect(counts.perSkill.get(s1)).toBe(3);
    expect(counts.perSkill.get(s2)).toBe(2);
    expect(counts.perSkill.get(s3)).toBe(0);
    expect(counts.perGoal.get(g1)).toBe(2);
    expect(counts.perGoal.get(g2)).toBe(3);
    expect(counts.perGoal.get(g3)).toBe(0);
    expect(counts.total).toBe(6);
  });

  it('leaves out tags of skills and goals that no longer exist', async () => {
    await addEvidence(db, [clip('a', [g1, 'gone-goal'], [s1, 'gone-skill'])]);
    const counts = await countEvidence(db);
    expect(cellCount(counts, s1, g1)).toBe(1);
    expect(cellCount(counts, 'gone-skill', g1)).toBe(0);
    expect(counts.perSkill.has('gone-skill')).toBe(false);
    expect(counts.perGoal.has('gone-goal')).toBe(false);
    expect(counts.total).toBe(1);
  });

  it('leaves items in the trash out of every count until they are restored', async () => {
    await addEvidence(db, [
      clip('a', [g1], [s1]),
      clip('b', [g1, g2], [s1, s2]),
      clip('c', [g2], [s2]),
      clip('d', [], []),
    ]);
    const trashed = [
      { table: 'evidence' as const, id: 'b' },
      { table: 'evidence' as const, id: 'd' },
    ];
    await moveToTrash(db, trashed, () => 100);
    const counts = await countEvidence(db);
    expect(cellCount(counts, s1, g1)).toBe(1);
    expect(cellCount(counts, s1, g2)).toBe(0);
    expect(cellCount(counts, s2, g1)).toBe(0);
    expect(cellCount(counts, s2, g2)).toBe(1);
    expect(counts.perSkill.get(s1)).toBe(1);
    expect(counts.perSkill.get(s2)).toBe(1);
    expect(counts.perGoal.get(g1)).toBe(1);
    expect(counts.perGoal.get(g2)).toBe(1);
    expect(counts.total).toBe(2);

    await restoreFromTrash(db, trashed);
    const restored = await countEvidence(db);
    expect(cellCount(restored, s1, g1)).toBe(2);
    expect(restored.perGoal.get(g2)).toBe(2);
    expect(restored.total).toBe(4);
  });

  it('matches a plain scan of the records on a larger library', async () => {
    const goals = [g1, g2, g3, g4];
    const skills = [s1, s2, s3, s4, s5];
    const items = Array.from({ length: 600 }, (_, i) =>
      clip(
        `e${i}`,
        goals.filter((_, g) => (i + g) % (g + 2) === 0),
        skills.filter((_, s) => (i * 7 + s) % (s + 3) === 0),
      ),
    );
    await addEvidence(db, items);
    const counts = await countEvidence(db);
    for (const skill of skills) {
      expect(counts.perSkill.get(skill) ?? 0).toBe(
        items.filter((item) => item.skillIds.includes(skill)).length,
      );
      for (const goal of goals) {
        expect(cellCount(counts, skill, goal), `${skill} × ${goal}`).toBe(
          items.filter((item) => item.skillIds.includes(skill) && item.goalIds.includes(goal))
            .length,
        );
      }
    }
    for (const goal of goals) {
      expect(counts.perGoal.get(goal) ?? 0).toBe(
        items.filter((item) => item.goalIds.includes(goal)).length,
      );
    }
  });
});

describe('evidenceForCell', () => {
  it('returns exactly the items tagged with both, newest first', async () => {
    await addEvidence(db, [
      clip('old', [g1], [s1], 10),
      clip('new', [g1, g2], [s1], 30),
      clip('other-goal', [g2], [s1], 20),
      clip('other-skill', [g1], [s2], 40),
    ]);
    expect((await evidenceForCell(db, s1, g1)).map((item) => item.id)).toEqual(['new', 'old']);
    expect(await evidenceForCell(db, s2, g2)).toEqual([]);
  });

  it('leaves out items in the trash', async () => {
    await addEvidence(db, [clip('kept', [g1], [s1], 10), clip('trashed', [g1], [s1], 20)]);
    await moveToTrash(db, [{ table: 'evidence', id: 'trashed' }], () => 100);
    expect((await evidenceForCell(db, s1, g1)).map((item) => item.id)).toEqual(['kept']);
  });
});

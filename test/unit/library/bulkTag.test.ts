import { beforeEach, describe, expect, it } from 'vitest';
import { restoreTags, tagItems } from '@/lib/library/bulkTag';
import { addEvidence } from '@/lib/evidence/evidenceRepo';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb } from '../testDb';
import { clip, ev, reflectionRow, rf } from './libraryFixtures';

let db: PlpDatabase;
beforeEach(async () => {
  db = freshDb();
  await addEvidence(db, [
    clip('a', { goalIds: ['g1'], skillIds: ['s1'] }),
    clip('b', { goalIds: [], skillIds: ['s1', 's2'] }),
    clip('untouched', { goalIds: ['g1'], skillIds: ['s1'] }),
  ]);
  await db.reflections.add(reflectionRow('r', { goalIds: ['g2'], skillIds: [] }));
});

/** Every item's tags, for comparing before and after. */
async function allTags() {
  const [evidence, reflections] = await Promise.all([
    db.evidence.toArray(),
    db.reflections.toArray(),
  ]);
  return [...evidence, ...reflections].map(({ id, goalIds, skillIds }) => ({
    id,
    goalIds,
    skillIds,
  }));
}

const tagsOf = async (key: ReturnType<typeof ev>) => {
  const item = await (key.table === 'evidence' ? db.evidence : db.reflections).get(key.id);
  return { goalIds: item?.goalIds, skillIds: item?.skillIds };
};

describe('tagItems', () => {
  it('adds tags to clips and reflections, keeping their other tags and no duplicates', async () => {
    await tagItems(db, [ev('a'), ev('b'), rf('r')], { addGoalIds: ['g1'], addSkillIds: ['s3'] });
    expect(await tagsOf(ev('a'))).toEqual({ goalIds: ['g1'], skillIds: ['s1', 's3'] });
    expect(await tagsOf(ev('b'))).toEqual({ goalIds: ['g1'], skillIds: ['s1', 's2', 's3'] });
    expect(await tagsOf(rf('r'))).toEqual({ goalIds: ['g2', 'g1'], skillIds: ['s3'] });
    expect(await tagsOf(ev('untouched'))).toEqual({ goalIds: ['g1'], skillIds: ['s1'] });
  });

  it('removes tags, keeping the others', async () => {
    await tagItems(db, [ev('a'), ev('b'), rf('r')], {
      removeSkillIds: ['s1'],
      removeGoalIds: ['g2'],
    });
    expect(await tagsOf(ev('a'))).toEqual({ goalIds: ['g1'], skillIds: [] });
    expect(await tagsOf(ev('b'))).toEqual({ goalIds: [], skillIds: ['s2'] });
    expect(await tagsOf(rf('r'))).toEqual({ goalIds: [], skillIds: [] });
    expect(await tagsOf(ev('untouched'))).toEqual({ goalIds: ['g1'], skillIds: ['s1'] });
  });

  it('stamps updatedAt on the changed items only', async () => {
    await tagItems(db, [ev('a')], { addGoalIds: ['g9'] }, () => 777);
    expect((await db.evidence.get('a'))?.updatedAt).toBe(777);
    expect((await db.evidence.get('b'))?.updatedAt).not.toBe(777);
  });

  it('returns the tags as they were, skipping items that no longer exist', async () => {
    const before = await tagItems(db, [ev('a'), ev('gone'), rf('r')], { addGoalIds: ['g5'] });
    expect(before).toEqual([
      { table: 'evidence', id: 'a', goalIds: ['g1'], skillIds: ['s1'] },
      { table: 'reflections', id: 'r', goalIds: ['g2'], skillIds: [] },
    ]);
  });
});

describe('restoreTags', () => {
  it('undoes an add and a remove exactly', async () => {
    const original = await allTags();
    const added = await tagItems(db, [ev('a'), ev('b'), rf('r')], {
      addGoalIds: ['g1', 'g2'],
      removeSkillIds: ['s1'],
    });
    expect(await allTags()).not.toEqual(original);
    await restoreTags(db, added);
    expect(await allTags()).toEqual(original);
  });

  it('undoes exactly even when an item was selected twice', async () => {
    const original = await allTags();
    const before = await tagItems(db, [ev('a'), rf('r'), ev('a')], { addGoalIds: ['g7'] });
    await restoreTags(db, before);
    expect(await allTags()).toEqual(original);
  });
});

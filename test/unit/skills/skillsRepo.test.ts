import { beforeEach, describe, expect, it } from 'vitest';
import {
  addSkill,
  countGoalsPerSkill,
  listSkills,
  removeSkill,
  SkillValidationError,
  updateSkill,
} from '@/lib/skills/skillsRepo';
import { createGoal } from '@/lib/goals/goalsRepo';
import { addEvidence } from '@/lib/evidence/evidenceRepo';
import type { PlpDatabase } from '@/lib/db/schema';
import { freshDb, testDeps } from '../testDb';

let db: PlpDatabase;
beforeEach(() => {
  db = freshDb();
});

describe('skills framework', () => {
  it("starts with Vermont's five transferable skills", async () => {
    expect((await listSkills(db)).map((s) => s.name)).toEqual([
      'Clear and effective communication',
      'Self-direction',
      'Creative and practical problem solving',
      'Responsible and involved citizenship',
      'Informed and integrative thinking',
    ]);
  });

  it('adds a custom skill at the end and refuses duplicates', async () => {
    const skill = await addSkill(db, { name: ' Teamwork ', description: '' }, testDeps());
    expect(skill).toMatchObject({ name: 'Teamwork', order: 5, source: 'custom' });
    await expect(addSkill(db, { name: 'self-direction', description: '' })).rejects.toEqual(
      new SkillValidationError('duplicate'),
    );
    await expect(addSkill(db, { name: '  ', description: '' })).rejects.toEqual(
      new SkillValidationError('empty'),
    );
  });

  it('renames a skill', async () => {
    await updateSkill(db, 'vt-self-direction', {
      name: 'Self-direction and agency',
      description: '',
    });
    expect((await db.skills.get('vt-self-direction'))?.name).toBe('Self-direction and agency');
  });

  it('removes a skill from the framework and untags everything that used it', async () => {
    const deps = testDeps();
    const goal = await createGoal(
      db,
      {
        title: 'Lead a club',
        category: 'civic',
        description: '',
        whyItMatters: '',
        successCriteria: '',
        steps: [],
        skillIds: ['vt-citizenship', 'vt-communication'],
        targetDate: null,
      },
      deps,
    );
    await addEvidence(db, [
      {
        id: 'ev',
        kind: 'link',
        title: 'Club minutes',
        note: '',
        url: 'https://example.org',
        capturedAt: 1,
        goalIds: [goal.id],
        skillIds: ['vt-citizenship'],
        contentHash: '',
        mediaId: null,
      },
    ]);
    expect((await countGoalsPerSkill(db)).get('vt-citizenship')).toBe(1);
    await removeSkill(db, 'vt-citizenship');
    expect(await db.skills.get('vt-citizenship')).toBeUndefined();
    expect((await db.goals.get(goal.id))?.skillIds).toEqual(['vt-communication']);
    expect((await db.evidence.get('ev'))?.skillIds).toEqual([]);
  });
});

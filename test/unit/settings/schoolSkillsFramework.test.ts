/** The school's framework replaces the student's while every existing tag stays valid. */
import { describe, expect, it } from 'vitest';
import type { SkillRecord } from '@/lib/db/records';
import { DEFAULT_SKILLS } from '@/lib/skills/defaultSkills';
import { createGoal } from '@/lib/goals/goalsRepo';
import { addEvidence } from '@/lib/evidence/evidenceRepo';
import { listSkills } from '@/lib/skills/skillsRepo';
import {
  applySchoolFramework,
  planSchoolFramework,
  schoolSkillId,
} from '@/lib/settings/schoolSkillsFramework';
import { freshDb, testDeps } from '../testDb';
import { clip } from '../library/libraryFixtures';

const skill = (id: string, name: string, order: number, source: SkillRecord['source'] = 'custom') =>
  ({ id, name, description: '', order, source }) as SkillRecord;

describe('planSchoolFramework', () => {
  it('takes over skills by id, then by name, keeping their ids', () => {
    const existing = [skill('vt-communication', 'Communication', 0), skill('s1', 'Teamwork', 1)];
    const plan = planSchoolFramework(
      existing,
      [
        { id: 'vt-communication', name: 'Communicating clearly', description: 'Say it well.' },
        { id: 'school-team', name: 'teamwork', description: '' },
        { name: 'Curiosity', description: '' },
      ],
      new Set(),
    );
    expect(plan.remove).toEqual([]);
    expect(plan.put).toEqual([
      {
        id: 'vt-communication',
        name: 'Communicating clearly',
        description: 'Say it well.',
        order: 0,
        source: 'school',
      },
      { id: 's1', name: 'teamwork', description: '', order: 1, source: 'school' },
      { id: 'school-curiosity', name: 'Curiosity', description: '', order: 2, source: 'school' },
    ]);
  });

  it('removes unused skills outside the framework and keeps used ones after it', () => {
    const existing = [
      skill('a', 'Old used', 0),
      skill('b', 'Old unused', 1),
      skill('c', 'Was school', 2, 'school'),
    ];
    const plan = planSchoolFramework(
      existing,
      [{ id: 'n', name: 'New', description: '' }],
      new Set(['a', 'c']),
    );
    expect(plan.remove).toEqual(['b']);
    expect(plan.put).toEqual([
      skill('n', 'New', 0, 'school'),
      skill('a', 'Old used', 1),
      // Still tagged, but no longer the school's: the student may remove it.
      skill('c', 'Was school', 2, 'custom'),
    ]);
  });

  it('plans nothing when the table already matches, so reapplying writes nothing', () => {
    const existing = [skill('x', 'X', 0, 'school')];
    expect(
      planSchoolFramework(existing, [{ id: 'x', name: 'X', description: '' }], new Set()),
    ).toEqual({
      put: [],
      remove: [],
    });
  });

  it('skips a repeated name and never reuses an id', () => {
    const plan = planSchoolFramework(
      [skill('taken', 'Something else', 0)],
      [
        { id: 'taken', name: 'Something else', description: '' },
        { id: 'taken', name: 'Different', description: '' },
        { name: 'different', description: '' },
      ],
      new Set(),
    );
    expect(plan.put.map((s) => [s.id, s.name])).toEqual([
      ['taken', 'Something else'],
      ['school-different', 'Different'],
    ]);
  });

  it('makes readable, unique ids from names', () => {
    expect(schoolSkillId('  Critical Thinking! ', new Set())).toBe('school-critical-thinking');
    expect(schoolSkillId('Critical thinking', new Set(['school-critical-thinking']))).toBe(
      'school-critical-thinking-2',
    );
    expect(schoolSkillId('数学', new Set())).toBe('school-skill');
  });
});

describe('applySchoolFramework', () => {
  it("replaces the default framework, and the goals' and clips' tags still resolve", async () => {
    const db = freshDb();
    await db.open();
    expect((await listSkills(db)).map((s) => s.id)).toEqual(DEFAULT_SKILLS.map((s) => s.id));
    const goal = await createGoal(
      db,
      {
        title: 'Debate club',
        category: 'personal',
        description: '',
        whyItMatters: '',
        successCriteria: '',
        steps: [],
        skillIds: ['vt-self-direction'],
        targetDate: null,
      },
      testDeps(),
    );
    await addEvidence(db, [clip('e1', { skillIds: ['vt-citizenship'] })]);
    const framework = [
      { name: 'SELF-DIRECTION', description: 'Own your learning.' },
      { id: 'school-voice', name: 'Voice', description: '' },
    ];
    expect(await applySchoolFramework(db, framework)).toBe(true);
    const skills = await listSkills(db);
    expect(skills.map((s) => [s.id, s.name, s.source])).toEqual([
      ['vt-self-direction', 'SELF-DIRECTION', 'school'],
      ['school-voice', 'Voice', 'school'],
      ['vt-citizenship', 'Responsible and involved citizenship', 'default'],
    ]);
    const ids = new Set(skills.map((s) => s.id));
    expect((await db.goals.get(goal.id))?.skillIds.every((id) => ids.has(id))).toBe(true);
    expect((await db.evidence.get('e1'))?.skillIds.every((id) => ids.has(id))).toBe(true);
    expect(await applySchoolFramework(db, framework)).toBe(false);
  });
});

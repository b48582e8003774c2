import type { PlpDatabase } from '../db/schema';
import type { SkillRecord } from '../db/records';
import { defaultRepoDeps, type RepoDeps } from '../goals/goalsRepo';
import { skillInUiLanguage } from '../i18n/defaultsInUiLanguage';

export const SKILL_NAME_MAX = 120;

export type SkillInputIssue = 'empty' | 'too-long' | 'duplicate';

/** The framework in order; the seeded skills in the language on screen until renamed. */
export async function listSkills(db: PlpDatabase): Promise<SkillRecord[]> {
  return (await db.skills.orderBy('order').toArray()).map(skillInUiLanguage);
}

export function validateSkillName(
  name: string,
  existing: readonly Pick<SkillRecord, 'id' | 'name'>[],
  editingId?: string,
): SkillInputIssue | null {
  const clean = name.trim();
  if (!clean) return 'empty';
  if (clean.length > SKILL_NAME_MAX) return 'too-long';
  const key = clean.toLocaleLowerCase();
  if (existing.some((s) => s.id !== editingId && s.name.trim().toLocaleLowerCase() === key)) {
    return 'duplicate';
  }
  return null;
}

export class SkillValidationError extends Error {
  constructor(readonly issue: SkillInputIssue) {
    super(`Skill name is not valid: ${issue}`);
    this.name = 'SkillValidationError';
  }
}

export async function addSkill(
  db: PlpDatabase,
  input: { name: string; description: string },
  deps: Pick<RepoDeps, 'newId'> = defaultRepoDeps,
): Promise<SkillRecord> {
  return db.transaction('rw', db.skills, async () => {
    const existing = await db.skills.toArray();
    const issue = validateSkillName(input.name, existing);
    if (issue) throw new SkillValidationError(issue);
    const skill: SkillRecord = {
      id: deps.newId(),
      name: input.name.trim(),
      description: input.description.trim(),
      order: existing.reduce((max, s) => Math.max(max, s.order), -1) + 1,
      source: 'custom',
    };
    await db.skills.add(skill);
    return skill;
  });
}

export async function updateSkill(
  db: PlpDatabase,
  id: string,
  input: { name: string; description: string },
): Promise<void> {
  await db.transaction('rw', db.skills, async () => {
    const existing = await db.skills.toArray();
    const issue = validateSkillName(input.name, existing, id);
    if (issue) throw new SkillValidationError(issue);
    await db.skills.update(id, { name: input.name.trim(), description: input.description.trim() });
  });
}

/**
 * Removes a skill from the framework and from every goal, clip and reflection
 * tagged with it, in one transaction so no record points at a missing skill.
 */
export async function removeSkill(db: PlpDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.skills, db.goals, db.evidence, db.reflections], async () => {
    await db.skills.delete(id);
    const untag = (record: { skillIds: string[] }) => {
      record.skillIds = record.skillIds.filter((s) => s !== id);
    };
    await db.goals.where('skillIds').equals(id).modify(untag);
    await db.evidence.where('skillIds').equals(id).modify(untag);
    await db.reflections.where('skillIds').equals(id).modify(untag);
  });
}

/** How many goals use each skill, so the framework editor can warn before removal. */
export async function countGoalsPerSkill(db: PlpDatabase): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.goals.each((goal) => {
    for (const skillId of goal.skillIds) counts.set(skillId, (counts.get(skillId) ?? 0) + 1);
  });
  return counts;
}

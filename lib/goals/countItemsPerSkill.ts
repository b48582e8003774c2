import type { SkillRecord } from '../db/records';

export interface SkillCount {
  skill: SkillRecord;
  count: number;
}

/**
 * How many of the items show each skill, in the framework's order. Every
 * skill is listed, zero included, so the skills with little evidence stand
 * out. An item counts once per skill; tags of deleted skills are ignored.
 */
export function countItemsPerSkill(
  items: readonly { skillIds: readonly string[] }[],
  skills: readonly SkillRecord[],
): SkillCount[] {
  const counts = new Map<string, number>(skills.map((skill) => [skill.id, 0]));
  for (const item of items) {
    for (const skillId of new Set(item.skillIds)) {
      const count = counts.get(skillId);
      if (count !== undefined) counts.set(skillId, count + 1);
    }
  }
  return skills.map((skill) => ({ skill, count: counts.get(skill.id) ?? 0 }));
}

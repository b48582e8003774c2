/**
 * The school's skills framework (policy skillsFramework) replaces the student's, in the skills
 * table itself, so every picker, filter, map and export uses it without knowing about policies.
 *
 * Existing tags must stay valid, so a school skill takes over an existing skill rather than
 * replacing it: first the skill with the same id, else the one with the same name (ignoring
 * case), keeping that skill's id. Only a school skill with no match gets a new record (the
 * school's id, or one made from its name). The student's other skills are removed when nothing
 * is tagged with them, and kept (after the school's, removable by the student) when goals,
 * clips or reflections still use them, so no tag silently disappears.
 */
import type { SkillRecord } from '../db/records';
import type { PlpDatabase } from '../db/schema';
import type { SchoolSkill } from './managedPolicy';

export interface FrameworkPlan {
  put: SkillRecord[];
  remove: string[];
}

const nameKey = (name: string) => name.trim().toLocaleLowerCase();

/** A stable id for a school skill given without one: the same on every device. */
export function schoolSkillId(name: string, taken: ReadonlySet<string>): string {
  const slug =
    nameKey(name)
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 48) || 'skill';
  let id = `school-${slug}`;
  for (let n = 2; taken.has(id); n++) id = `school-${slug}-${n}`;
  return id;
}

const same = (a: SkillRecord, b: SkillRecord) =>
  a.name === b.name &&
  a.description === b.description &&
  a.order === b.order &&
  a.source === b.source;

export function planSchoolFramework(
  existing: readonly SkillRecord[],
  framework: readonly SchoolSkill[],
  usedSkillIds: ReadonlySet<string>,
): FrameworkPlan {
  const matched = new Set<string>();
  const taken = new Set(existing.map((s) => s.id));
  const seenNames = new Set<string>();
  const put: SkillRecord[] = [];
  const byId = new Map(existing.map((s) => [s.id, s]));
  let order = 0;
  for (const skill of framework) {
    // Skill names must be unique (the editor refuses duplicates); a repeated one is skipped.
    if (seenNames.has(nameKey(skill.name))) continue;
    seenNames.add(nameKey(skill.name));
    const byOwnId = skill.id && !matched.has(skill.id) ? byId.get(skill.id) : undefined;
    const match =
      byOwnId ??
      existing.find((s) => !matched.has(s.id) && nameKey(s.name) === nameKey(skill.name));
    const id =
      match?.id ?? (skill.id && !taken.has(skill.id) ? skill.id : schoolSkillId(skill.name, taken));
    matched.add(id);
    taken.add(id);
    const record: SkillRecord = {
      id,
      name: skill.name,
      description: skill.description ?? '',
      order: order++,
      source: 'school',
    };
    if (!match || !same(match, record)) put.push(record);
  }
  const remove: string[] = [];
  for (const skill of [...existing].sort((a, b) => a.order - b.order)) {
    if (matched.has(skill.id)) continue;
    if (!usedSkillIds.has(skill.id)) {
      remove.push(skill.id);
      continue;
    }
    // A skill from an earlier school framework is no longer the school's.
    const source = skill.source === 'school' ? 'custom' : skill.source;
    const kept: SkillRecord = { ...skill, order: order++, source };
    if (!same(skill, kept)) put.push(kept);
  }
  return { put, remove };
}

/** Applies the framework; writes nothing when the table already matches it. */
export async function applySchoolFramework(
  db: PlpDatabase,
  framework: readonly SchoolSkill[],
): Promise<boolean> {
  return db.transaction('rw', [db.skills, db.goals, db.evidence, db.reflections], async () => {
    const [existing, goalTags, evidenceTags, reflectionTags] = await Promise.all([
      db.skills.toArray(),
      db.goals.orderBy('skillIds').uniqueKeys(),
      db.evidence.orderBy('skillIds').uniqueKeys(),
      db.reflections.orderBy('skillIds').uniqueKeys(),
    ]);
    const used = new Set([...goalTags, ...evidenceTags, ...reflectionTags].map(String));
    const plan = planSchoolFramework(existing, framework, used);
    if (plan.put.length === 0 && plan.remove.length === 0) return false;
    await db.skills.bulkDelete(plan.remove);
    await db.skills.bulkPut(plan.put);
    return true;
  });
}

/** The skills the student's own work still uses that are not in the school's framework. */
export function skillsOutsideFramework(skills: readonly SkillRecord[]): SkillRecord[] {
  return skills.filter((s) => s.source !== 'school');
}

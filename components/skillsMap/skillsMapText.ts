import { i18n } from '#i18n';

// Student-facing words for the skills map that more than one component needs.

/** "3 pieces of evidence", "1 piece of evidence", "No evidence". */
export function evidenceCountText(count: number): string {
  return i18n.t('skillsMap.evidenceCount', count);
}

/** A count cell's accessible name, e.g. "3 pieces of evidence for Self-direction in Run a 5K". */
export function cellLabel(count: number, skillName: string, goalTitle: string): string {
  return i18n.t('skillsMap.cellLabel', {
    evidence: evidenceCountText(count),
    skill: skillName,
    goal: goalTitle,
  });
}

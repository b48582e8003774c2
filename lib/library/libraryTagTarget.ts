import type { TagChange } from './bulkTag';

/**
 * The goal or skill a bulk tag action uses. One <select> offers both, so its
 * option values carry the kind: "goal:<id>" or "skill:<id>".
 */
export interface TagTarget {
  type: 'goal' | 'skill';
  id: string;
}

export function tagTargetValue(target: TagTarget): string {
  return `${target.type}:${target.id}`;
}

export function parseTagTarget(value: string): TagTarget | null {
  const match = /^(goal|skill):(.+)$/.exec(value);
  if (!match?.[2]) return null;
  return { type: match[1] === 'goal' ? 'goal' : 'skill', id: match[2] };
}

/** The bulkTag change that adds or removes this one goal or skill. */
export function tagChangeFor(target: TagTarget, action: 'add' | 'remove'): TagChange {
  const ids = [target.id];
  if (target.type === 'goal') {
    return action === 'add' ? { addGoalIds: ids } : { removeGoalIds: ids };
  }
  return action === 'add' ? { addSkillIds: ids } : { removeSkillIds: ids };
}

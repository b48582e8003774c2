import { useState } from 'react';
import type { SkillRecord } from '@/lib/db/records';
import type { SkillInputIssue } from '@/lib/skills/skillsRepo';
import { skillIssueMessage } from './skillIssueMessage';

interface Props {
  skill: SkillRecord;
  goalCount: number;
  onSave: (input: { name: string; description: string }) => Promise<SkillInputIssue | null>;
  onRemove: () => Promise<void>;
  /** What the student may do: everything, only remove (a skill outside the school's framework), or nothing. */
  actions?: 'edit' | 'remove-only' | 'none';
}

export function SkillRow({ skill, goalCount, onSave, onRemove, actions = 'edit' }: Props) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(skill.name);
  const [issue, setIssue] = useState<SkillInputIssue | null>(null);
  const errorId = `skill-${skill.id}-error`;

  async function save() {
    const problem = await onSave({ name, description: skill.description });
    setIssue(problem);
    if (!problem) setEditing(false);
  }

  function remove() {
    const uses =
      goalCount === 0
        ? ''
        : ` It will be removed from ${goalCount} goal${goalCount === 1 ? '' : 's'}.`;
    if (confirm(`Remove the skill “${skill.name}”?${uses}`)) void onRemove();
  }

  return (
    <li className="skill-row" data-testid="skill-row">
      {editing ? (
        <>
          <label>
            <span className="sr-only">Skill name</span>
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={issue ? true : undefined}
              aria-describedby={issue ? errorId : undefined}
            />
          </label>
          <button type="button" onClick={() => void save()}>
            Save
          </button>
          <button
            type="button"
            onClick={() => {
              setEditing(false);
              setName(skill.name);
              setIssue(null);
            }}
          >
            Cancel
          </button>
          {issue && (
            <p id={errorId} className="field-error">
              {skillIssueMessage(issue)}
            </p>
          )}
        </>
      ) : (
        <>
          <div>
            <strong>{skill.name}</strong>
            {skill.description && <p className="hint">{skill.description}</p>}
            <p className="hint">
              {goalCount === 1 ? 'Used by 1 goal' : `Used by ${goalCount} goals`}
            </p>
          </div>
          {actions === 'edit' && (
            <button
              type="button"
              onClick={() => setEditing(true)}
              aria-label={`Rename ${skill.name}`}
            >
              Rename
            </button>
          )}
          {actions !== 'none' && (
            <button type="button" onClick={remove} aria-label={`Remove ${skill.name}`}>
              Remove
            </button>
          )}
          {actions === 'none' && <span className="set-by-school">Set by your school</span>}
        </>
      )}
    </li>
  );
}

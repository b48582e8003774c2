import { useState } from 'react';
import { i18n } from '#i18n';
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
    const question = i18n.t('skills.row.removeConfirm', { name: skill.name });
    const uses = goalCount === 0 ? '' : ` ${i18n.t('skills.row.removeUses', goalCount)}`;
    if (confirm(question + uses)) void onRemove();
  }

  return (
    <li className="skill-row" data-testid="skill-row">
      {editing ? (
        <>
          <label>
            <span className="sr-only">{i18n.t('skills.row.nameLabel')}</span>
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={issue ? true : undefined}
              aria-describedby={issue ? errorId : undefined}
            />
          </label>
          <button type="button" onClick={() => void save()}>
            {i18n.t('skills.row.save')}
          </button>
          <button
            type="button"
            onClick={() => {
              setEditing(false);
              setName(skill.name);
              setIssue(null);
            }}
          >
            {i18n.t('skills.row.cancel')}
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
            <p className="hint">{i18n.t('skills.row.usedBy', goalCount)}</p>
          </div>
          {actions === 'edit' && (
            <button
              type="button"
              onClick={() => setEditing(true)}
              aria-label={i18n.t('skills.row.renameLabel', { name: skill.name })}
            >
              {i18n.t('skills.row.rename')}
            </button>
          )}
          {actions !== 'none' && (
            <button
              type="button"
              onClick={remove}
              aria-label={i18n.t('skills.row.removeLabel', { name: skill.name })}
            >
              {i18n.t('skills.row.remove')}
            </button>
          )}
          {actions === 'none' && (
            <span className="set-by-school">{i18n.t('skills.row.setBySchool')}</span>
          )}
        </>
      )}
    </li>
  );
}

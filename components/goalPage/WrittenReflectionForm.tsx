import { i18n } from '#i18n';
import { useId, useState, type FormEvent } from 'react';
import type { GoalRecord, ReflectionRecord, SkillRecord } from '@/lib/db/records';
import { createWrittenReflection } from '@/lib/reflections/createWrittenReflection';
import { goalReflectionTitle } from '@/lib/reflections/goalReflection';
import { reflectionIssueMessage } from '@/lib/reflections/reflectionIssueMessage';
import { ReflectionValidationError, type ReflectionIssue } from '@/lib/reflections/reflectionsRepo';
import { useDatabase } from '../app/DatabaseProvider';
import { SkillCheckboxes } from '../goals/SkillCheckboxes';

/**
 * A written reflection on one goal. The goal's prompts are shown as ideas,
 * not as required questions, and saved with it so a teacher sees what was asked.
 */
export function WrittenReflectionForm({
  id,
  goal,
  skills,
  guidancePrompts,
  onCancel,
  onSaved,
}: {
  id: string;
  goal: GoalRecord;
  skills: SkillRecord[];
  guidancePrompts: string[];
  onCancel: () => void;
  onSaved: (reflection: ReflectionRecord) => void;
}) {
  const ids = useId();
  const { db, reportError } = useDatabase();
  const [title, setTitle] = useState(() => goalReflectionTitle(goal));
  const [note, setNote] = useState('');
  const [skillIds, setSkillIds] = useState<string[]>([]);
  const [issues, setIssues] = useState<ReflectionIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const issueFor = (field: ReflectionIssue['field']) => {
    const found = issues.find((i) => i.field === field);
    return found ? reflectionIssueMessage(found) : null;
  };
  const titleError = issueFor('title');
  const noteError = issueFor('note');
  const noteDescription = [
    guidancePrompts.length > 0 ? `${ids}-prompts` : '',
    noteError ? `${ids}-note-error` : '',
  ]
    .filter(Boolean)
    .join(' ');

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      const saved = await createWrittenReflection(db, {
        title,
        note,
        goalIds: [goal.id],
        skillIds,
        prompts: guidancePrompts,
      });
      onSaved(saved);
    } catch (error) {
      setSaving(false);
      if (error instanceof ReflectionValidationError) setIssues(error.issues);
      else if (!reportError(error)) throw error;
    }
  }

  return (
    <form
      id={id}
      className="goal-reflection-form"
      onSubmit={save}
      aria-label={i18n.t('goalPage.written.label', { title: goal.title })}
      noValidate
    >
      <div className="field">
        <label htmlFor={`${ids}-title`}>{i18n.t('goalPage.written.title')}</label>
        <input
          id={`${ids}-title`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `${ids}-title-error` : undefined}
        />
        {titleError && (
          <p id={`${ids}-title-error`} className="field-error">
            {titleError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${ids}-note`}>{i18n.t('goalPage.written.note')}</label>
        {guidancePrompts.length > 0 && (
          <div className="reflection-guidance">
            <p className="hint">{i18n.t('goalPage.written.ideas')}</p>
            <ul id={`${ids}-prompts`}>
              {guidancePrompts.map((prompt, index) => (
                <li key={index}>{prompt}</li>
              ))}
            </ul>
          </div>
        )}
        <textarea
          id={`${ids}-note`}
          rows={6}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteDescription || undefined}
          autoFocus
        />
        {noteError && (
          <p id={`${ids}-note-error`} className="field-error">
            {noteError}
          </p>
        )}
      </div>
      <SkillCheckboxes
        skills={skills}
        selected={skillIds}
        onChange={setSkillIds}
        legend={i18n.t('goalPage.written.skills')}
      />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {i18n.t('goalPage.written.cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {i18n.t('goalPage.written.save')}
        </button>
      </div>
    </form>
  );
}

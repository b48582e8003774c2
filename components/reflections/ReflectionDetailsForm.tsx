import { i18n } from '#i18n';
import { useId, useState, type FormEvent } from 'react';
import type { GoalRecord, ReflectionRecord, SkillRecord } from '@/lib/db/records';
import { reflectionIssueMessage } from '@/lib/reflections/reflectionIssueMessage';
import {
  ReflectionValidationError,
  updateReflection,
  type ReflectionIssue,
} from '@/lib/reflections/reflectionsRepo';
import { useDatabase } from '../app/DatabaseProvider';
import { SkillCheckboxes } from '../goals/SkillCheckboxes';
import { GoalCheckboxes } from '../recorder/GoalCheckboxes';

/** Title, note, goals and skills of a reflection, saved together. */
export function ReflectionDetailsForm({
  reflection,
  goals,
  skills,
}: {
  reflection: ReflectionRecord;
  goals: GoalRecord[];
  skills: SkillRecord[];
}) {
  const ids = useId();
  const { db, reportError } = useDatabase();
  const [title, setTitle] = useState(reflection.title);
  const [note, setNote] = useState(reflection.note);
  const [goalIds, setGoalIds] = useState(reflection.goalIds);
  const [skillIds, setSkillIds] = useState(reflection.skillIds);
  const [issues, setIssues] = useState<ReflectionIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState('');
  const issue = (field: ReflectionIssue['field']) => {
    const found = issues.find((i) => i.field === field);
    return found ? reflectionIssueMessage(found) : null;
  };
  const titleError = issue('title');
  const noteError = issue('note');

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setMessage('');
    try {
      await updateReflection(db, reflection.id, { title, note, goalIds, skillIds });
      setIssues([]);
      setMessage(i18n.t('reflections.form.saved'));
    } catch (error) {
      if (error instanceof ReflectionValidationError) setIssues(error.issues);
      else if (!reportError(error)) setMessage(i18n.t('reflections.form.notSaved'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="reflection-form" onSubmit={save} aria-labelledby={`${ids}-heading`} noValidate>
      <h3 id={`${ids}-heading`}>{i18n.t('reflections.form.heading')}</h3>
      <div className="field">
        <label htmlFor={`${ids}-title`}>{i18n.t('reflections.form.title')}</label>
        <input
          id={`${ids}-title`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `${ids}-title-error` : undefined}
          data-testid="reflection-title"
        />
        {titleError && (
          <p id={`${ids}-title-error`} className="field-error">
            {titleError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${ids}-note`}>{i18n.t('reflections.form.note')}</label>
        <textarea
          id={`${ids}-note`}
          rows={4}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${ids}-note-error` : undefined}
          data-testid="reflection-note"
        />
        {noteError && (
          <p id={`${ids}-note-error`} className="field-error">
            {noteError}
          </p>
        )}
      </div>
      <GoalCheckboxes
        goals={goals}
        selected={goalIds}
        onChange={setGoalIds}
        legend={i18n.t('reflections.form.goals')}
      />
      <SkillCheckboxes
        skills={skills}
        selected={skillIds}
        onChange={setSkillIds}
        legend={i18n.t('reflections.form.skills')}
      />
      <div className="dialog-actions">
        <span role="status" className="save-result">
          {message}
        </span>
        <button type="submit" className="primary" disabled={saving}>
          {i18n.t('reflections.form.save')}
        </button>
      </div>
    </form>
  );
}

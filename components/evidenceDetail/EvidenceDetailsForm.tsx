import { i18n } from '#i18n';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { EvidenceRecord, GoalRecord, SkillRecord } from '@/lib/db/records';
import { updateEvidenceDetails } from '@/lib/evidence/editEvidence';
import {
  evidenceDetailIssueText,
  evidenceDetailIssues,
  type EvidenceDetailIssue,
} from '@/lib/evidence/evidenceDetailIssues';
import { useDatabase } from '../app/DatabaseProvider';
import { SkillCheckboxes } from '../goals/SkillCheckboxes';
import { GoalCheckboxes } from '../recorder/GoalCheckboxes';

/** The student's own words and tags for a clip, saved together. */
export function EvidenceDetailsForm({
  record,
  goals,
  skills,
}: {
  record: EvidenceRecord;
  goals: GoalRecord[];
  skills: SkillRecord[];
}) {
  const ids = useId();
  const { db, reportError } = useDatabase();
  const titleInput = useRef<HTMLInputElement>(null);
  const noteInput = useRef<HTMLTextAreaElement>(null);
  const [title, setTitle] = useState(record.title);
  const [note, setNote] = useState(record.note);
  // Tags on goals that are gone (deleted) are dropped; archived ones the clip has stay listed.
  const [goalIds, setGoalIds] = useState(() =>
    record.goalIds.filter((id) => goals.some((goal) => goal.id === id)),
  );
  const [skillIds, setSkillIds] = useState(record.skillIds);
  const [issues, setIssues] = useState<EvidenceDetailIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState('');

  const issueFor = (field: EvidenceDetailIssue['field']) => {
    const found = issues.find((issue) => issue.field === field);
    return found ? evidenceDetailIssueText(found) : null;
  };
  const titleError = issueFor('title');
  const noteError = issueFor('note');

  /** Any edit makes an earlier "Saved." untrue. */
  function edited<T>(set: (value: T) => void) {
    return (value: T) => {
      set(value);
      setMessage('');
    };
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const found = evidenceDetailIssues({ title, note });
    setIssues(found);
    if (found.length > 0) {
      setMessage('');
      (found[0]!.field === 'title' ? titleInput : noteInput).current?.focus();
      return;
    }
    setSaving(true);
    try {
      await updateEvidenceDetails(db, record.id, { title, note, goalIds, skillIds });
      // Show what was stored: a blank title became the page's title, spaces were trimmed.
      const saved = await db.evidence.get(record.id);
      if (saved) {
        setTitle(saved.title);
        setNote(saved.note);
      }
      setMessage(i18n.t('evidenceDetail.form.saved'));
    } catch (error) {
      if (!reportError(error)) setMessage(i18n.t('evidenceDetail.form.notSaved'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="evidence-details-form"
      onSubmit={save}
      aria-labelledby={`${ids}-heading`}
      noValidate
    >
      <h3 id={`${ids}-heading`}>{i18n.t('evidenceDetail.form.heading')}</h3>
      <div className="field">
        <label htmlFor={`${ids}-title`}>{i18n.t('evidenceDetail.form.title')}</label>
        <input
          id={`${ids}-title`}
          ref={titleInput}
          value={title}
          onChange={(e) => edited(setTitle)(e.target.value)}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `${ids}-title-error` : `${ids}-title-hint`}
        />
        {titleError ? (
          <p id={`${ids}-title-error`} className="field-error">
            {titleError}
          </p>
        ) : (
          <p id={`${ids}-title-hint`} className="hint">
            {i18n.t('evidenceDetail.form.titleHint')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${ids}-note`}>{i18n.t('evidenceDetail.form.note')}</label>
        <textarea
          id={`${ids}-note`}
          ref={noteInput}
          rows={5}
          value={note}
          onChange={(e) => edited(setNote)(e.target.value)}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${ids}-note-error` : undefined}
        />
        {noteError && (
          <p id={`${ids}-note-error`} className="field-error">
            {noteError}
          </p>
        )}
      </div>
      <GoalCheckboxes
        legend={i18n.t('evidenceDetail.form.goalsLegend')}
        emptyHint={
          <>
            {i18n.t('evidenceDetail.form.noGoalsBefore')}{' '}
            <a href="#/goals">{i18n.t('evidenceDetail.form.noGoalsLink')}</a>
            {i18n.t('evidenceDetail.form.noGoalsAfter')}
          </>
        }
        goals={goals}
        selected={goalIds}
        onChange={edited(setGoalIds)}
      />
      <SkillCheckboxes
        skills={skills}
        selected={skillIds}
        onChange={edited(setSkillIds)}
        legend={i18n.t('evidenceDetail.form.skillsLegend')}
      />
      <div className="dialog-actions">
        <span role="status" className="save-result">
          {message}
        </span>
        <button type="submit" className="primary" disabled={saving}>
          {i18n.t('evidenceDetail.form.save')}
        </button>
      </div>
    </form>
  );
}

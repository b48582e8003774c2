import { i18n } from '#i18n';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { GOAL_CATEGORIES, GOAL_TITLE_MAX, type SkillRecord } from '@/lib/db/records';
import { changedGoalFields, goalFieldLabel } from '@/lib/goals/changedGoalFields';
import { CATEGORY_HINTS, CATEGORY_LABELS, goalIssueMessage } from '@/lib/goals/goalText';
import type { GoalInput, GoalInputIssue } from '@/lib/goals/validateGoalInput';
import { StepsEditor, type StepDraft } from './StepsEditor';
import { SkillCheckboxes } from './SkillCheckboxes';

interface Props {
  heading: string;
  initial?: GoalInput;
  /** The goal as stored now (live), when editing: another tab's changes show as a notice. */
  latest?: GoalInput;
  skills: SkillRecord[];
  /**
   * Resolves to inline issues ([] when saved), or 'failed' when storage failed (the banner says why).
   * `base` is `initial` as the form opened with it.
   */
  onSubmit: (input: GoalInput, base: GoalInput) => Promise<GoalInputIssue[] | 'failed'>;
  onClose: () => void;
}

const BLANK: GoalInput = {
  title: '',
  category: 'academic',
  description: '',
  whyItMatters: '',
  successCriteria: '',
  steps: [],
  skillIds: [],
  targetDate: null,
};

export function GoalFormDialog({
  heading,
  initial = BLANK,
  latest,
  skills,
  onSubmit,
  onClose,
}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  const ids = useId();
  const [base] = useState<GoalInput>(initial);
  const [form, setForm] = useState<GoalInput>(initial);
  const changedElsewhere = latest ? changedGoalFields(base, latest) : [];
  const [steps, setSteps] = useState<StepDraft[]>(() =>
    initial.steps.map((s, i) => ({ ...s, key: `s${i}` })),
  );
  const [issues, setIssues] = useState<GoalInputIssue[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const set = <K extends keyof GoalInput>(key: K, value: GoalInput[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const titleIssue = issues.find((i) => i.field === 'title');
  const stepIssues = issues.filter((i) => i.field === 'steps');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const result = await onSubmit(
      { ...form, steps: steps.map(({ id, text, done }) => ({ id, text, done })) },
      base,
    );
    setSaving(false);
    if (result === 'failed') return;
    setIssues(result);
    if (result.length === 0) {
      dialog.current?.close();
      return;
    }
    if (result.some((i) => i.field === 'title')) titleInput.current?.focus();
  }

  return (
    <dialog
      ref={dialog}
      className="goal-dialog"
      aria-labelledby={`${ids}-heading`}
      onClose={onClose}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${ids}-heading`}>{heading}</h2>
        {changedElsewhere.length > 0 && (
          <p role="status" className="form-notice" data-testid="goal-changed-elsewhere">
            {i18n.t('goals.form.changedElsewhere', {
              fields: changedElsewhere.map(goalFieldLabel).join(', '),
            })}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${ids}-title`}>{i18n.t('goals.field.title')}</label>
          <input
            ref={titleInput}
            id={`${ids}-title`}
            value={form.title}
            onChange={(e) => set('title', e.target.value)}
            aria-invalid={titleIssue ? true : undefined}
            aria-describedby={`${ids}-title-count${titleIssue ? ` ${ids}-title-error` : ''}`}
            autoFocus
          />
          <span id={`${ids}-title-count`} className="char-count">
            {i18n.t('goals.form.charCount', {
              count: form.title.trim().length,
              max: GOAL_TITLE_MAX,
            })}
          </span>
          {titleIssue && (
            <p id={`${ids}-title-error`} className="field-error" data-testid="title-error">
              {goalIssueMessage(titleIssue)}
            </p>
          )}
        </div>
        <fieldset className="field categories">
          <legend>{i18n.t('goals.field.category')}</legend>
          {GOAL_CATEGORIES.map((category) => (
            <label key={category} className="radio-card">
              <input
                type="radio"
                name={`${ids}-category`}
                value={category}
                checked={form.category === category}
                onChange={() => set('category', category)}
              />
              <span>
                <strong>{CATEGORY_LABELS[category]}</strong>
                <small>{CATEGORY_HINTS[category]}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <TextArea
          id={`${ids}-description`}
          label={i18n.t('goals.field.description')}
          value={form.description}
          onChange={(v) => set('description', v)}
        />
        <TextArea
          id={`${ids}-why`}
          label={i18n.t('goals.field.whyItMatters')}
          value={form.whyItMatters}
          onChange={(v) => set('whyItMatters', v)}
        />
        <TextArea
          id={`${ids}-criteria`}
          label={i18n.t('goals.field.successCriteria')}
          value={form.successCriteria}
          onChange={(v) => set('successCriteria', v)}
        />
        <StepsEditor steps={steps} onChange={setSteps} errors={stepIssues.map(goalIssueMessage)} />
        <SkillCheckboxes
          skills={skills}
          selected={form.skillIds}
          onChange={(v) => set('skillIds', v)}
        />
        <div className="field">
          <label htmlFor={`${ids}-date`}>{i18n.t('goals.form.targetDateOptional')}</label>
          <input
            id={`${ids}-date`}
            type="date"
            value={form.targetDate ?? ''}
            onChange={(e) => set('targetDate', e.target.value || null)}
          />
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            {i18n.t('goals.form.cancel')}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {i18n.t('goals.form.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function TextArea(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        rows={2}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

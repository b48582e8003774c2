import { i18n } from '#i18n';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import type { GoalRecord } from '@/lib/db/records';
import { createWrittenReflection } from '@/lib/reflections/createWrittenReflection';
import {
  achievedGoalPrompts,
  achievedGoalReflection,
  hasAnyAnswer,
} from '@/lib/reflections/goalReflection';
import { useDatabase } from '../app/DatabaseProvider';

type Problem = 'blank' | 'storage' | null;

/**
 * Asked right after a goal is marked achieved, while the student still
 * remembers what it took. A modal <dialog> (as GoalFormDialog uses): the
 * browser keeps focus inside it and Escape closes it, like "Not now".
 */
export function AchievedReflectionDialog({
  goal,
  navigate,
  onClose,
}: {
  goal: Pick<GoalRecord, 'id' | 'title'>;
  navigate: (route: DashboardRoute) => void;
  /** `saved` is true when a reflection was written. */
  onClose: (saved: boolean) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const firstAnswer = useRef<HTMLTextAreaElement>(null);
  const saved = useRef(false);
  const ids = useId();
  const [answers, setAnswers] = useState(() => achievedGoalPrompts().map(() => ''));
  const [problem, setProblem] = useState<Problem>(null);
  const [saving, setSaving] = useState(false);
  const { db, reportError } = useDatabase();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  function handleClose() {
    // The button that opened this is usually gone (the goal changed status),
    // so the browser has nowhere to return focus: keep it in the page.
    if (document.activeElement === document.body) document.getElementById('main')?.focus();
    onClose(saved.current);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!hasAnyAnswer(answers)) {
      setProblem('blank');
      firstAnswer.current?.focus();
      return;
    }
    setSaving(true);
    try {
      await createWrittenReflection(db, achievedGoalReflection(goal, answers));
      saved.current = true;
      dialog.current?.close();
    } catch (error) {
      setSaving(false);
      // The storage banner sits behind this modal, so say it here too.
      if (reportError(error)) setProblem('storage');
      else throw error;
    }
  }

  function recordInstead() {
    dialog.current?.close();
    navigate({ view: 'record', goalId: goal.id });
  }

  return (
    <dialog
      ref={dialog}
      className="goal-dialog achieved-dialog"
      aria-labelledby={`${ids}-heading`}
      aria-describedby={`${ids}-intro`}
      onClose={handleClose}
      data-testid="achieved-dialog"
    >
      <form onSubmit={save} noValidate>
        <h2 id={`${ids}-heading`}>{i18n.t('goalPage.achieved.heading', { title: goal.title })}</h2>
        <p id={`${ids}-intro`}>{i18n.t('goalPage.achieved.intro')}</p>
        {achievedGoalPrompts().map((prompt, index) => (
          <div className="field" key={prompt}>
            <label htmlFor={`${ids}-answer-${index}`}>{prompt}</label>
            <textarea
              id={`${ids}-answer-${index}`}
              ref={index === 0 ? firstAnswer : undefined}
              rows={3}
              value={answers[index]}
              onChange={(e) =>
                setAnswers((current) => current.map((a, i) => (i === index ? e.target.value : a)))
              }
              aria-invalid={problem === 'blank' ? true : undefined}
              aria-describedby={problem ? `${ids}-problem` : undefined}
              autoFocus={index === 0}
            />
          </div>
        ))}
        {problem && (
          <p id={`${ids}-problem`} className="field-error" role="alert">
            {problem === 'blank'
              ? i18n.t('goalPage.achieved.blank')
              : i18n.t('goalPage.achieved.storage')}
          </p>
        )}
        <div className="dialog-actions achieved-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            {i18n.t('goalPage.achieved.notNow')}
          </button>
          <button type="button" onClick={recordInstead}>
            {i18n.t('goalPage.achieved.recordInstead')}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {i18n.t('goalPage.achieved.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

import { i18n } from '#i18n';
import { useId, useRef, useState } from 'react';
import { routeToHash } from '@/lib/dashboard/dashboardRoute';
import type { GoalRecord, SkillRecord } from '@/lib/db/records';
import { WrittenReflectionForm } from './WrittenReflectionForm';

/** A written reflection right here, or a recorded one on the recorder page. */
export function ReflectOnGoal({
  goal,
  skills,
  guidancePrompts,
  onSaved,
}: {
  goal: GoalRecord;
  skills: SkillRecord[];
  guidancePrompts: string[];
  onSaved: (message: string) => void;
}) {
  const ids = useId();
  const [writing, setWriting] = useState(false);
  const writeButton = useRef<HTMLButtonElement>(null);

  function closeForm() {
    setWriting(false);
    // The form held focus; give it back to the button that opened it.
    writeButton.current?.focus();
  }

  return (
    <section className="goal-page-reflect" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{i18n.t('goalPage.reflect.heading')}</h3>
      <p className="hint">{i18n.t('goalPage.reflect.hint')}</p>
      <div className="goal-actions">
        <button
          ref={writeButton}
          type="button"
          aria-expanded={writing}
          aria-controls={writing ? `${ids}-form` : undefined}
          onClick={() => (writing ? closeForm() : setWriting(true))}
        >
          {i18n.t('goalPage.reflect.write')}
        </button>
        <a className="button-link" href={routeToHash({ view: 'record', goalId: goal.id })}>
          {i18n.t('goalPage.reflect.record')}
        </a>
      </div>
      {writing && (
        <WrittenReflectionForm
          id={`${ids}-form`}
          goal={goal}
          skills={skills}
          guidancePrompts={guidancePrompts}
          onCancel={closeForm}
          onSaved={(reflection) => {
            onSaved(i18n.t('goalPage.reflect.saved', { title: reflection.title }));
            closeForm();
          }}
        />
      )}
    </section>
  );
}

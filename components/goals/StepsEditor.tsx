import { i18n } from '#i18n';
import { useRef } from 'react';

export interface StepDraft {
  key: string;
  id?: string;
  text: string;
  done: boolean;
}

/** Editable list of a goal's steps. New rows get focus so keyboard users can type straight away. */
export function StepsEditor({
  steps,
  onChange,
  errors,
}: {
  steps: StepDraft[];
  onChange: (steps: StepDraft[]) => void;
  errors: string[];
}) {
  const list = useRef<HTMLOListElement>(null);
  const counter = useRef(steps.length);

  const update = (key: string, patch: Partial<StepDraft>) =>
    onChange(steps.map((s) => (s.key === key ? { ...s, ...patch } : s)));

  function add() {
    counter.current += 1;
    onChange([...steps, { key: `new${counter.current}`, text: '', done: false }]);
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLInputElement>('li:last-child input[type=text]')?.focus(),
    );
  }

  return (
    <fieldset className="field steps-editor">
      <legend>{i18n.t('goals.steps.legend')}</legend>
      <ol ref={list}>
        {steps.map((step, index) => (
          <li key={step.key}>
            <input
              type="checkbox"
              checked={step.done}
              onChange={(e) => update(step.key, { done: e.target.checked })}
              aria-label={i18n.t('goals.steps.stepDone', { step: index + 1 })}
            />
            <input
              type="text"
              value={step.text}
              onChange={(e) => update(step.key, { text: e.target.value })}
              aria-label={i18n.t('goals.steps.step', { step: index + 1 })}
              placeholder={i18n.t('goals.steps.placeholder')}
            />
            <button
              type="button"
              onClick={() => onChange(steps.filter((s) => s.key !== step.key))}
              aria-label={i18n.t('goals.steps.removeLabel', { step: index + 1 })}
            >
              {i18n.t('goals.steps.remove')}
            </button>
          </li>
        ))}
      </ol>
      {errors.map((error) => (
        <p key={error} className="field-error">
          {error}
        </p>
      ))}
      <button type="button" onClick={add}>
        {i18n.t('goals.steps.add')}
      </button>
    </fieldset>
  );
}

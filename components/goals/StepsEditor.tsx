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
      <legend>Steps</legend>
      <ol ref={list}>
        {steps.map((step, index) => (
          <li key={step.key}>
            <input
              type="checkbox"
              checked={step.done}
              onChange={(e) => update(step.key, { done: e.target.checked })}
              aria-label={`Step ${index + 1} done`}
            />
            <input
              type="text"
              value={step.text}
              onChange={(e) => update(step.key, { text: e.target.value })}
              aria-label={`Step ${index + 1}`}
              placeholder="A small, concrete action"
            />
            <button
              type="button"
              onClick={() => onChange(steps.filter((s) => s.key !== step.key))}
              aria-label={`Remove step ${index + 1}`}
            >
              Remove
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
        Add a step
      </button>
    </fieldset>
  );
}

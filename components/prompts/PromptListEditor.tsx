import { i18n } from '#i18n';
import { useRef } from 'react';
import { PROMPTS_MAX, PROMPT_TEXT_MAX } from '@/lib/prompts/validatePromptSetInput';

export interface PromptDraft {
  key: string;
  text: string;
}

/**
 * The prompts of a set, in order: edit, add, remove and move each one. After
 * a move the moved prompt's button keeps focus, so keyboard users can keep going.
 */
export function PromptListEditor({
  prompts,
  onChange,
  errors,
}: {
  prompts: PromptDraft[];
  onChange: (prompts: PromptDraft[]) => void;
  errors: string[];
}) {
  const list = useRef<HTMLOListElement>(null);
  const counter = useRef(prompts.length);

  const focusLater = (selector: string) =>
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(selector)?.focus());

  function add() {
    counter.current += 1;
    const key = `new${counter.current}`;
    onChange([...prompts, { key, text: '' }]);
    focusLater(`[data-key="${key}"] textarea`);
  }

  function move(index: number, direction: -1 | 1) {
    const target = index + direction;
    const moved = prompts[index];
    const other = prompts[target];
    if (!moved || !other) return;
    const next = [...prompts];
    next[index] = other;
    next[target] = moved;
    onChange(next);
    const edge =
      target === 0 ? 'down' : target === prompts.length - 1 ? 'up' : direction < 0 ? 'up' : 'down';
    focusLater(`[data-key="${moved.key}"] button[data-move="${edge}"]`);
  }

  function remove(index: number) {
    onChange(prompts.filter((_, i) => i !== index));
    focusLater(`li:nth-child(${Math.max(1, index)}) textarea`);
  }

  return (
    <fieldset className="field prompt-list-editor">
      <legend>{i18n.t('prompts.list.legend')}</legend>
      <p className="hint">
        {i18n.t('prompts.list.hint', { count: String(PROMPTS_MAX), max: String(PROMPT_TEXT_MAX) })}
      </p>
      <ol ref={list}>
        {prompts.map((prompt, index) => (
          <li key={prompt.key} data-key={prompt.key}>
            <textarea
              rows={2}
              value={prompt.text}
              maxLength={PROMPT_TEXT_MAX}
              onChange={(e) =>
                onChange(
                  prompts.map((p) => (p.key === prompt.key ? { ...p, text: e.target.value } : p)),
                )
              }
              aria-label={i18n.t('prompts.list.promptLabel', { number: String(index + 1) })}
            />
            <div className="prompt-row-actions">
              {index > 0 && (
                <button
                  type="button"
                  data-move="up"
                  onClick={() => move(index, -1)}
                  aria-label={i18n.t('prompts.list.moveUpLabel', { number: String(index + 1) })}
                >
                  {i18n.t('prompts.list.moveUp')}
                </button>
              )}
              {index < prompts.length - 1 && (
                <button
                  type="button"
                  data-move="down"
                  onClick={() => move(index, 1)}
                  aria-label={i18n.t('prompts.list.moveDownLabel', { number: String(index + 1) })}
                >
                  {i18n.t('prompts.list.moveDown')}
                </button>
              )}
              <button
                type="button"
                onClick={() => remove(index)}
                aria-label={i18n.t('prompts.list.removeLabel', { number: String(index + 1) })}
              >
                {i18n.t('prompts.list.remove')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {errors.map((error) => (
        <p key={error} className="field-error">
          {error}
        </p>
      ))}
      {prompts.length < PROMPTS_MAX ? (
        <button type="button" onClick={add}>
          {i18n.t('prompts.list.add')}
        </button>
      ) : (
        <p className="hint">{i18n.t('prompts.list.full', { count: String(PROMPTS_MAX) })}</p>
      )}
    </fieldset>
  );
}

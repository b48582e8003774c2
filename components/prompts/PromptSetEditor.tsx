import { i18n } from '#i18n';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { PromptSetInput, PromptSetIssue } from '@/lib/prompts/validatePromptSetInput';
import { promptSetIssueMessage } from '@/lib/prompts/promptSetIssueMessage';
import { PromptListEditor, type PromptDraft } from './PromptListEditor';

/**
 * Name and prompts of one set. Resolves the repo's issues inline; the page
 * closes the editor when the save landed.
 */
export function PromptSetEditor({
  heading,
  initial,
  goalTitle,
  onSave,
  onCancel,
}: {
  heading: string;
  initial: PromptSetInput;
  /** For a goal's own set: which goal it belongs to. */
  goalTitle: string | null;
  /** Resolves to the issues ([] when saved), or 'failed' when storage failed (the banner says why). */
  onSave: (input: PromptSetInput) => Promise<PromptSetIssue[] | 'failed'>;
  onCancel: () => void;
}) {
  const ids = useId();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(initial.name);
  const [prompts, setPrompts] = useState<PromptDraft[]>(() =>
    initial.prompts.map((text, i) => ({ key: `p${i}`, text })),
  );
  const [issues, setIssues] = useState<PromptSetIssue[]>([]);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);
  const nameIssue = issues.find((i) => i.field === 'name');
  const promptIssues = issues.filter((i) => i.field === 'prompts');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const result = await onSave({ name, prompts: prompts.map((p) => p.text) });
    setSaving(false);
    if (result !== 'failed') setIssues(result);
  }

  return (
    <form
      ref={form}
      className="prompt-set-editor"
      onSubmit={submit}
      aria-labelledby={`${ids}-heading`}
      noValidate
      data-testid="prompt-set-editor"
    >
      <h3 id={`${ids}-heading`}>{heading}</h3>
      {goalTitle && (
        <p className="hint">{i18n.t('prompts.editor.usedFor', { title: goalTitle })}</p>
      )}
      <div className="field">
        <label htmlFor={`${ids}-name`}>{i18n.t('prompts.editor.name')}</label>
        <input
          id={`${ids}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={nameIssue ? true : undefined}
          aria-describedby={nameIssue ? `${ids}-name-error` : undefined}
        />
        {nameIssue && (
          <p id={`${ids}-name-error`} className="field-error">
            {promptSetIssueMessage(nameIssue)}
          </p>
        )}
      </div>
      <PromptListEditor
        prompts={prompts}
        onChange={setPrompts}
        errors={promptIssues.map(promptSetIssueMessage)}
      />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {i18n.t('prompts.editor.cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {i18n.t('prompts.editor.save')}
        </button>
      </div>
    </form>
  );
}

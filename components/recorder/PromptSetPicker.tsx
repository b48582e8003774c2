import { i18n } from '#i18n';
import { useId } from 'react';
import type { GoalRecord, PromptSetRecord } from '@/lib/db/records';

/** Which prompts to show while recording, with a preview and a way to edit them. */
export function PromptSetPicker({
  sets,
  goals,
  value,
  onChange,
}: {
  sets: PromptSetRecord[];
  goals: GoalRecord[];
  value: PromptSetRecord | undefined;
  onChange: (id: string) => void;
}) {
  const id = useId();
  const goalTitle = (goalId: string) => goals.find((g) => g.id === goalId)?.title;
  const labelOf = (set: PromptSetRecord) => {
    const title = set.goalId ? goalTitle(set.goalId) : undefined;
    return title ? i18n.t('recorder.prompts.forGoal', { name: set.name, goal: title }) : set.name;
  };
  return (
    <div className="field record-prompts">
      <label htmlFor={`${id}-set`}>{i18n.t('recorder.prompts.label')}</label>
      <select
        id={`${id}-set`}
        value={value?.id ?? ''}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-preview`}
        data-testid="record-prompt-set"
      >
        {sets.map((set) => (
          <option key={set.id} value={set.id}>
            {labelOf(set)}
          </option>
        ))}
      </select>{' '}
      <a href="#/prompt-sets">{i18n.t('recorder.prompts.edit')}</a>
      {value && (
        <ol
          id={`${id}-preview`}
          className="prompt-preview"
          aria-label={i18n.t('recorder.prompts.previewLabel')}
        >
          {value.prompts.map((prompt, index) => (
            <li key={index}>{prompt}</li>
          ))}
        </ol>
      )}
    </div>
  );
}

import { i18n } from '#i18n';
import type { PromptSetRecord } from '@/lib/db/records';

/** One prompt set in the list: its name, whose it is, its prompts, and Edit / Delete. */
export function PromptSetCard({
  set,
  goalTitle,
  onEdit,
  onDelete,
}: {
  set: PromptSetRecord;
  goalTitle: string | null;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const headingId = `prompt-set-${set.id}`;
  return (
    <li className="skill-row prompt-set-card" aria-labelledby={headingId} data-testid="prompt-set">
      <div>
        <h3 id={headingId}>{set.name}</h3>
        <p className="hint">
          {set.source === 'default'
            ? i18n.t('prompts.card.standard')
            : goalTitle
              ? i18n.t('prompts.card.forGoal', { title: goalTitle })
              : set.goalId
                ? i18n.t('prompts.card.forAGoal')
                : i18n.t('prompts.card.ownSet')}
          {' · '}
          {i18n.t('prompts.promptCount', set.prompts.length)}
        </p>
        <ol className="prompt-preview">
          {set.prompts.map((prompt, index) => (
            <li key={index}>{prompt}</li>
          ))}
        </ol>
      </div>
      <div
        className="goal-actions"
        role="group"
        aria-label={i18n.t('prompts.card.actionsLabel', { name: set.name })}
      >
        <button type="button" onClick={onEdit}>
          {i18n.t('prompts.card.edit')}
          <span className="sr-only"> {set.name}</span>
        </button>
        {set.source === 'custom' && (
          <button type="button" className="danger" onClick={onDelete}>
            {i18n.t('prompts.card.delete')}
            <span className="sr-only"> {set.name}</span>
          </button>
        )}
      </div>
    </li>
  );
}

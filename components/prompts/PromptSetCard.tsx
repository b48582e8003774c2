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
            ? 'The standard prompts'
            : goalTitle
              ? `For the goal “${goalTitle}”`
              : set.goalId
                ? 'For a goal'
                : 'Your own set'}
          {' · '}
          {set.prompts.length} {set.prompts.length === 1 ? 'prompt' : 'prompts'}
        </p>
        <ol className="prompt-preview">
          {set.prompts.map((prompt, index) => (
            <li key={index}>{prompt}</li>
          ))}
        </ol>
      </div>
      <div className="goal-actions" role="group" aria-label={`Actions for ${set.name}`}>
        <button type="button" onClick={onEdit}>
          Edit<span className="sr-only"> {set.name}</span>
        </button>
        {set.source === 'custom' && (
          <button type="button" className="danger" onClick={onDelete}>
            Delete<span className="sr-only"> {set.name}</span>
          </button>
        )}
      </div>
    </li>
  );
}

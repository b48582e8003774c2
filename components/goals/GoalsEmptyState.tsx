import { i18n } from '#i18n';
import { exampleGoals } from '@/lib/goals/exampleGoals';
import { CATEGORY_HINTS, CATEGORY_LABELS } from '@/lib/goals/goalText';
import type { GoalInput } from '@/lib/goals/validateGoalInput';

/** The first thing a new student sees: what a PLP is, and a goal one click away. */
export function GoalsEmptyState({
  onUseExample,
  onStart,
}: {
  onUseExample: (input: GoalInput) => void;
  onStart: () => void;
}) {
  return (
    <div className="empty-state" data-testid="goals-empty-state">
      <h3>{i18n.t('goals.empty.heading')}</h3>
      <p>{i18n.t('goals.empty.about')}</p>
      <p>{i18n.t('goals.empty.choose')}</p>
      <button type="button" className="primary" onClick={onStart}>
        {i18n.t('goals.empty.writeFirst')}
      </button>
      <h4>{i18n.t('goals.empty.examplesHeading')}</h4>
      <ul className="example-goals">
        {exampleGoals().map((example) => (
          <li key={example.category} className={`example category-${example.category}`}>
            <span className="category-badge">{CATEGORY_LABELS[example.category]}</span>
            <p className="hint">{CATEGORY_HINTS[example.category]}</p>
            <p className="example-title">{example.input.title}</p>
            <button
              type="button"
              onClick={() => onUseExample(example.input)}
              aria-label={i18n.t('goals.empty.startFromLabel', {
                category: CATEGORY_LABELS[example.category].toLowerCase(),
                title: example.input.title,
              })}
            >
              {i18n.t('goals.empty.startFrom')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

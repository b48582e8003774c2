import { EXAMPLE_GOALS } from '@/lib/goals/exampleGoals';
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
      <h3>Start your Personalized Learning Plan</h3>
      <p>
        A PLP is your plan for what you want to learn and become. You set goals in four areas,
        collect evidence of your learning as you go, and reflect on how you are growing. Vermont’s
        PLPs are built around five transferable skills: communication, self-direction, problem
        solving, citizenship and integrative thinking.
      </p>
      <p>Write your own goal, or start from an example and make it yours.</p>
      <button type="button" className="primary" onClick={onStart}>
        Write my first goal
      </button>
      <h4>Example goals</h4>
      <ul className="example-goals">
        {EXAMPLE_GOALS.map((example) => (
          <li key={example.category} className={`example category-${example.category}`}>
            <span className="category-badge">{CATEGORY_LABELS[example.category]}</span>
            <p className="hint">{CATEGORY_HINTS[example.category]}</p>
            <p className="example-title">{example.input.title}</p>
            <button
              type="button"
              onClick={() => onUseExample(example.input)}
              aria-label={`Start from the ${CATEGORY_LABELS[example.category].toLowerCase()} example: ${example.input.title}`}
            >
              Start from this example
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { EXAMPLE_GOALS } from '@/lib/goals/exampleGoals';
import { CATEGORY_HINTS, CATEGORY_LABELS } from '@/lib/goals/goalText';
import type { GoalInput } from '@/lib/goals/validateGoalInput';
import { listSkills } from '@/lib/skills/skillsRepo';
import { useDatabase } from '../app/DatabaseProvider';
import { GoalFormDialog } from '../goals/GoalFormDialog';
import { useGoalActions } from '../goals/useGoalActions';

type Editing = { initial?: GoalInput } | null;

/** The tour's goal step: the real goal editor, blank or prefilled from an example per category. */
export function FirstGoalStep() {
  const { db } = useDatabase();
  const skills = useLiveQuery(() => listSkills(db), [db]);
  const goalCount = useLiveQuery(() => db.goals.count(), [db]);
  const [editing, setEditing] = useState<Editing>(null);
  const actions = useGoalActions();
  return (
    <>
      <p>
        A goal is something you want to learn or become. Goals fall into four areas: academic,
        personal, career and civic. Write your own, or start from an example and make it yours.
      </p>
      <p role="status" data-testid="welcome-goal-status">
        {actions.announcement ||
          (goalCount ? `You have ${goalCount === 1 ? '1 goal' : `${goalCount} goals`}.` : '')}
      </p>
      <button type="button" className="primary" onClick={() => setEditing({})} disabled={!skills}>
        Write my own goal
      </button>
      <ul className="example-goals">
        {EXAMPLE_GOALS.map((example) => (
          <li key={example.category} className={`example category-${example.category}`}>
            <span className="category-badge">{CATEGORY_LABELS[example.category]}</span>
            <p className="hint">{CATEGORY_HINTS[example.category]}</p>
            <p className="example-title">{example.input.title}</p>
            <button
              type="button"
              disabled={!skills}
              onClick={() => setEditing({ initial: example.input })}
              aria-label={`Start from the ${CATEGORY_LABELS[example.category].toLowerCase()} example: ${example.input.title}`}
            >
              Start from this example
            </button>
          </li>
        ))}
      </ul>
      {editing && skills && (
        <GoalFormDialog
          heading="New goal"
          initial={editing.initial}
          skills={skills}
          onSubmit={actions.create}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

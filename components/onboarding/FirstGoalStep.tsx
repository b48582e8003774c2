import { useState } from 'react';
import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { exampleGoals } from '@/lib/goals/exampleGoals';
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
      <p>{i18n.t('onboarding.goal.intro')}</p>
      <p role="status" data-testid="welcome-goal-status">
        {actions.announcement || (goalCount ? i18n.t('onboarding.goal.count', goalCount) : '')}
      </p>
      <button type="button" className="primary" onClick={() => setEditing({})} disabled={!skills}>
        {i18n.t('onboarding.goal.writeOwn')}
      </button>
      <ul className="example-goals">
        {exampleGoals().map((example) => (
          <li key={example.category} className={`example category-${example.category}`}>
            <span className="category-badge">{CATEGORY_LABELS[example.category]}</span>
            <p className="hint">{CATEGORY_HINTS[example.category]}</p>
            <p className="example-title">{example.input.title}</p>
            <button
              type="button"
              disabled={!skills}
              onClick={() => setEditing({ initial: example.input })}
              aria-label={i18n.t('onboarding.goal.startFromLabel', {
                category: CATEGORY_LABELS[example.category].toLowerCase(),
                title: example.input.title,
              })}
            >
              {i18n.t('onboarding.goal.startFrom')}
            </button>
          </li>
        ))}
      </ul>
      {editing && skills && (
        <GoalFormDialog
          heading={i18n.t('onboarding.goal.newGoal')}
          initial={editing.initial}
          skills={skills}
          onSubmit={actions.create}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

import { i18n } from '#i18n';
import type { GoalRecord } from '@/lib/db/records';
import { CATEGORY_LABELS } from '@/lib/goals/goalText';
import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';

/** The student's active goals at a glance; a click opens the goal in the dashboard. */
export function PopupGoals({
  goals,
  onOpen,
}: {
  goals: GoalRecord[];
  onOpen: (route: DashboardRoute) => void;
}) {
  if (goals.length === 0) {
    return <p className="hint">{i18n.t('popup.goals.none')}</p>;
  }
  return (
    <ul className="popup-goals" aria-label={i18n.t('popup.goals.list')}>
      {goals.map((goal) => {
        const done = goal.steps.filter((s) => s.done).length;
        return (
          <li key={goal.id}>
            <button
              type="button"
              className="popup-goal"
              onClick={() => onOpen({ view: 'goal', goalId: goal.id })}
            >
              <span className="popup-goal-title">{goal.title}</span>
              <span className="hint">
                {CATEGORY_LABELS[goal.category]}
                {goal.steps.length > 0 &&
                  ` · ${i18n.t('popup.goals.stepsDone', { done, total: goal.steps.length })}`}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

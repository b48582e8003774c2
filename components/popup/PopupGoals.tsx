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
    return (
      <p className="hint">You have no active goals yet. Set your first goal in the dashboard.</p>
    );
  }
  return (
    <ul className="popup-goals" aria-label="Active goals">
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
                {goal.steps.length > 0 && ` · ${done} of ${goal.steps.length} steps done`}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

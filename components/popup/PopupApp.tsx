import { useLiveQuery } from 'dexie-react-hooks';
import { listGoals } from '@/lib/goals/goalsRepo';
import { CATEGORY_LABELS } from '@/lib/goals/goalText';
import { backgroundMessenger } from '@/lib/messaging/background';
import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import { useDatabase } from '../app/DatabaseProvider';

/** The toolbar popup: the student's active goals at a glance, one click from the dashboard. */
export function PopupApp() {
  const { db } = useDatabase();
  const goals = useLiveQuery(
    async () => (await listGoals(db)).filter((g) => g.status === 'active'),
    [db],
  );

  async function open(route: DashboardRoute) {
    // The service worker focuses an open dashboard instead of stacking tabs.
    await backgroundMessenger.sendMessage('openDashboard', route);
    window.close();
  }

  return (
    <div className="popup-app">
      <header className="popup-header">
        <h1>
          <img src="/icon/32.png" alt="" width="20" height="20" /> My PLP goals
        </h1>
      </header>
      {!goals ? (
        <p role="status">Loading…</p>
      ) : goals.length === 0 ? (
        <p className="hint">You have no active goals yet. Set your first goal in the dashboard.</p>
      ) : (
        <ul className="popup-goals" aria-label="Active goals">
          {goals.map((goal) => {
            const done = goal.steps.filter((s) => s.done).length;
            return (
              <li key={goal.id}>
                <button
                  type="button"
                  className="popup-goal"
                  onClick={() => void open({ view: 'goal', goalId: goal.id })}
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
      )}
      <div className="popup-actions">
        <button type="button" className="primary" onClick={() => void open({ view: 'goals' })}>
          Open dashboard
        </button>
        <button type="button" onClick={() => void open({ view: 'new-goal' })}>
          New goal
        </button>
      </div>
    </div>
  );
}

import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import type { GoalRecord, GoalStatus } from '@/lib/db/records';
import { listGoals } from '@/lib/goals/goalsRepo';
import { listSkills } from '@/lib/skills/skillsRepo';
import type { GoalInput } from '@/lib/goals/validateGoalInput';
import { STATUS_LABELS } from '@/lib/goals/goalText';
import { useDatabase } from '../app/DatabaseProvider';
import { AchievedReflectionDialog } from '../goalPage/AchievedReflectionDialog';
import { GoalPage } from '../goalPage/GoalPage';
import { GoalCard } from './GoalCard';
import { GoalFormDialog } from './GoalFormDialog';
import { GoalsEmptyState } from './GoalsEmptyState';
import { PlpIntro } from './PlpIntro';
import { useGoalActions } from './useGoalActions';

type Editing = { mode: 'new'; initial?: GoalInput } | { mode: 'edit'; goal: GoalRecord } | null;

const FILTERS: GoalStatus[] = ['active', 'achieved', 'archived'];

// Whole sentences per status: other languages inflect the status word with "goals".
function emptyFilterText(status: GoalStatus): string {
  if (status === 'achieved') return i18n.t('goals.emptyFilter.achieved');
  if (status === 'archived') return i18n.t('goals.emptyFilter.archived');
  return i18n.t('goals.emptyFilter.active');
}

function goalListLabel(status: GoalStatus): string {
  if (status === 'achieved') return i18n.t('goals.listLabel.achieved');
  if (status === 'archived') return i18n.t('goals.listLabel.archived');
  return i18n.t('goals.listLabel.active');
}

export function GoalsPage({
  route,
  navigate,
}: {
  route: DashboardRoute;
  navigate: (r: DashboardRoute) => void;
}) {
  const { db } = useDatabase();
  const goals = useLiveQuery(() => listGoals(db), [db]);
  const skills = useLiveQuery(() => listSkills(db), [db]);
  const [editingState, setEditing] = useState<Editing>(null);
  // The popup's "New goal" opens the dashboard at #/new-goal.
  const editing: Editing = editingState ?? (route.view === 'new-goal' ? { mode: 'new' } : null);
  const actions = useGoalActions();

  const filter: GoalStatus = route.view === 'goals' ? (route.filter ?? 'active') : 'active';

  // After the hooks above, so switching between the list and a goal keeps hook order.
  if (route.view === 'goal') return <GoalPage goalId={route.goalId} navigate={navigate} />;
  if (!goals || !skills) return <p role="status">{i18n.t('goals.page.loading')}</p>;

  const closeForm = () => {
    setEditing(null);
    if (route.view === 'new-goal') navigate({ view: 'goals' });
  };
  const shown = goals.filter((g) => g.status === filter);
  const counts = Object.fromEntries(
    FILTERS.map((s) => [s, goals.filter((g) => g.status === s).length]),
  );

  return (
    <section aria-labelledby="goals-heading">
      <div className="page-heading">
        <h2 id="goals-heading">{i18n.t('goals.page.heading')}</h2>
        <button type="button" className="primary" onClick={() => setEditing({ mode: 'new' })}>
          {i18n.t('goals.form.newGoal')}
        </button>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {actions.announcement}
      </p>
      {goals.length === 0 ? (
        <GoalsEmptyState
          onUseExample={(initial) => setEditing({ mode: 'new', initial })}
          onStart={() => setEditing({ mode: 'new' })}
        />
      ) : (
        <>
          <PlpIntro />
          <nav aria-label={i18n.t('goals.page.statusNav')} className="filter-tabs">
            {FILTERS.map((status) => (
              <a
                key={status}
                href={status === 'active' ? '#/goals' : `#/goals/${status}`}
                aria-current={filter === status ? 'page' : undefined}
              >
                {STATUS_LABELS[status]}{' '}
                <span className="count">
                  {i18n.t('goals.page.count', { count: counts[status] ?? 0 })}
                </span>
              </a>
            ))}
          </nav>
          {shown.length === 0 ? (
            <p className="empty-filter">{emptyFilterText(filter)}</p>
          ) : (
            <ol className="goal-list" aria-label={goalListLabel(filter)}>
              {shown.map((goal, index) => (
                <GoalCard
                  key={goal.id}
                  goal={goal}
                  skills={skills}
                  isFirst={index === 0}
                  isLast={index === shown.length - 1}
                  onEdit={() => setEditing({ mode: 'edit', goal })}
                  onMove={(direction) => actions.move(goal, direction)}
                  onSetStatus={(status) => actions.setStatus(goal, status)}
                  onToggleStep={(stepId, done) => actions.toggleStep(goal, stepId, done)}
                />
              ))}
            </ol>
          )}
        </>
      )}
      {editing && (
        <GoalFormDialog
          key={editing.mode === 'edit' ? editing.goal.id : 'new'}
          heading={
            editing.mode === 'edit' ? i18n.t('goals.form.editGoal') : i18n.t('goals.form.newGoal')
          }
          initial={editing.mode === 'edit' ? editing.goal : editing.initial}
          latest={editing.mode === 'edit' ? goals.find((g) => g.id === editing.goal.id) : undefined}
          skills={skills}
          onSubmit={(input, base) =>
            editing.mode === 'edit'
              ? actions.update(editing.goal, input, base)
              : actions.create(input)
          }
          onClose={closeForm}
        />
      )}
      {actions.justAchieved && (
        <AchievedReflectionDialog
          goal={actions.justAchieved}
          navigate={navigate}
          onClose={actions.dismissAchieved}
        />
      )}
    </section>
  );
}

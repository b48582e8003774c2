import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import type { GoalRecord, PromptSetRecord } from '@/lib/db/records';
import { listGoals } from '@/lib/goals/goalsRepo';
import { defaultPrompts, listPromptSets } from '@/lib/prompts/promptSetsRepo';
import type { PromptSetInput } from '@/lib/prompts/validatePromptSetInput';
import { useDatabase } from '../app/DatabaseProvider';
import { PromptSetCard } from './PromptSetCard';
import { PromptSetEditor } from './PromptSetEditor';
import { usePromptSetActions } from './usePromptSetActions';

type Editing =
  | { mode: 'edit'; set: PromptSetRecord }
  | { mode: 'new'; goalId: string | null; initial: PromptSetInput }
  | null;

/**
 * The `prompt-sets` route: the questions shown while recording. With a goal
 * id (from the goal's "Prompts for this goal"), that goal's own set opens,
 * or a new one starts from the default prompts.
 */
export function PromptSetsPage({
  goalId,
  navigate,
}: {
  goalId: string | null;
  navigate: (route: DashboardRoute) => void;
}) {
  const { db } = useDatabase();
  const sets = useLiveQuery(() => listPromptSets(db), [db]);
  const goals = useLiveQuery(() => listGoals(db), [db]);
  const [editingState, setEditing] = useState<Editing>(null);
  const actions = usePromptSetActions();
  if (!sets || !goals) return <p role="status">{i18n.t('prompts.page.loading')}</p>;

  const goalTitle = (id: string | null) => (id && goals.find((g) => g.id === id)?.title) || null;
  const editing = editingState ?? fromRoute(goalId, sets, goals);
  const close = () => {
    setEditing(null);
    if (goalId) navigate({ view: 'prompt-sets' });
  };
  const finish = (result: Awaited<ReturnType<typeof actions.update>>) => {
    if (Array.isArray(result) && result.length === 0) close();
    return result;
  };

  return (
    <section aria-labelledby="prompt-sets-heading">
      <p>
        <a href="#/reflections">{i18n.t('prompts.page.back')}</a>
      </p>
      <div className="page-heading">
        <h2 id="prompt-sets-heading">{i18n.t('prompts.page.heading')}</h2>
        {!editing && (
          <button
            type="button"
            className="primary"
            onClick={() =>
              setEditing({ mode: 'new', goalId: null, initial: { name: '', prompts: [''] } })
            }
          >
            {i18n.t('prompts.page.newSet')}
          </button>
        )}
      </div>
      <p className="hint">{i18n.t('prompts.page.intro')}</p>
      <p className="sr-only" role="status" aria-live="polite">
        {actions.announcement}
      </p>
      {editing && (
        <PromptSetEditor
          key={editing.mode === 'edit' ? editing.set.id : `new-${editing.goalId ?? ''}`}
          heading={
            editing.mode === 'edit'
              ? i18n.t('prompts.page.editHeading', { name: editing.set.name })
              : i18n.t('prompts.page.newSet')
          }
          initial={editing.mode === 'edit' ? editing.set : editing.initial}
          goalTitle={goalTitle(editing.mode === 'edit' ? editing.set.goalId : editing.goalId)}
          onSave={async (input) =>
            finish(
              editing.mode === 'edit'
                ? await actions.update(editing.set, input)
                : await actions.create(input, editing.goalId),
            )
          }
          onCancel={close}
        />
      )}
      <ul className="skill-list prompt-set-list" aria-label={i18n.t('prompts.page.listLabel')}>
        {sets.map((set) => (
          <PromptSetCard
            key={set.id}
            set={set}
            goalTitle={goalTitle(set.goalId)}
            onEdit={() => setEditing({ mode: 'edit', set })}
            onDelete={() => void actions.remove(set)}
          />
        ))}
      </ul>
    </section>
  );
}

/** "Prompts for this goal": edit the goal's set, or start one from the default prompts. */
function fromRoute(goalId: string | null, sets: PromptSetRecord[], goals: GoalRecord[]): Editing {
  if (!goalId) return null;
  const own = sets.find((s) => s.goalId === goalId);
  if (own) return { mode: 'edit', set: own };
  const goal = goals.find((g) => g.id === goalId);
  if (!goal) return null;
  return {
    mode: 'new',
    goalId,
    initial: {
      name: i18n.t('prompts.page.goalSetName', { title: goal.title }).slice(0, 120),
      prompts: defaultPrompts(sets),
    },
  };
}

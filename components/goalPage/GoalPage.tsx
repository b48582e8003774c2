import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { routeToHash, type DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import { loadGoalTimeline } from '@/lib/goals/loadGoalTimeline';
import { listPromptSets, promptSetFor } from '@/lib/prompts/promptSetsRepo';
import { listSkills } from '@/lib/skills/skillsRepo';
import { useDatabase } from '../app/DatabaseProvider';
import { GoalPageView } from './GoalPageView';
import './goalPage.css';

/** The `goal/<id>` route: one goal with its steps, evidence timeline and skills. */
export function GoalPage({
  goalId,
  navigate,
}: {
  goalId: string;
  navigate: (route: DashboardRoute) => void;
}) {
  const { db } = useDatabase();
  // null while loading; undefined once we know the goal is gone.
  const goal = useLiveQuery(() => db.goals.get(goalId), [db, goalId], null);
  const skills = useLiveQuery(() => listSkills(db), [db]);
  const timeline = useLiveQuery(() => loadGoalTimeline(db, goalId), [db, goalId]);
  const prompts = useLiveQuery(
    async () => promptSetFor(await listPromptSets(db), goalId)?.prompts ?? [],
    [db, goalId],
  );

  if (goal === null || !skills || !timeline || !prompts)
    return <p role="status">{i18n.t('goalPage.loading')}</p>;
  if (!goal)
    return (
      <section aria-labelledby="goal-missing" className="goal-page">
        <h2 id="goal-missing">{i18n.t('goalPage.missing.heading')}</h2>
        <p>{i18n.t('goalPage.missing.text')}</p>
        <a href={routeToHash({ view: 'goals' })}>{i18n.t('goalPage.missing.back')}</a>
      </section>
    );
  return (
    <GoalPageView
      key={goal.id}
      goal={goal}
      skills={skills}
      timeline={timeline}
      guidancePrompts={prompts}
      navigate={navigate}
    />
  );
}

import { i18n } from '#i18n';
import { useEffect, useRef } from 'react';
import type { GoalRecord } from '@/lib/db/records';
import type { LibraryCard } from '@/lib/library/loadLibraryCards';
import { libraryKeyString } from '@/lib/library/libraryQuery';
import { routeToHash } from '@/lib/dashboard/dashboardRoute';
import {
  conferenceGoalOrder,
  conferenceSlideCount,
  goalShowingEachItem,
  isGoalPicked,
  isItemPicked,
  pickedGoals,
  withGoalPicked,
  withItemPicked,
  type ConferencePlan,
} from '@/lib/conference/conferencePlan';
import { planSummaryText } from '@/lib/conference/conferenceText';
import { PlanGoalOption } from './PlanGoalOption';

/** Step 1: choose the goals and the evidence to talk about. */
export function ConferencePlanner({
  goals,
  itemsByGoal,
  plan,
  onPlanChange,
  onStart,
  starting,
  problem,
  focusStart,
}: {
  goals: readonly GoalRecord[];
  /** Undefined while loading. */
  itemsByGoal: ReadonlyMap<string, LibraryCard[]> | undefined;
  plan: ConferencePlan;
  onPlanChange: (plan: ConferencePlan) => void;
  onStart: () => void;
  starting: boolean;
  problem: string | null;
  /** Back from the slides: focus returns to where the student left. */
  focusStart: boolean;
}) {
  const startRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusStart) startRef.current?.focus();
  }, [focusStart]);

  const ordered = conferenceGoalOrder(goals);
  const picked = pickedGoals(plan, goals);
  const items = itemsByGoal ?? new Map<string, LibraryCard[]>();
  const showingGoal = goalShowingEachItem(plan, picked, items);
  const titles = new Map(goals.map((goal) => [goal.id, goal.title]));
  const slideCount = conferenceSlideCount(plan, goals, items);

  return (
    <div className="conference-plan">
      <p>
        <a href={routeToHash({ view: 'goals' })}>{i18n.t('conference.planner.backToDashboard')}</a>
      </p>
      <h1>{i18n.t('conference.planner.heading')}</h1>
      <p className="hint">{i18n.t('conference.planner.intro')}</p>
      {goals.length === 0 ? (
        <p className="conference-plan-empty">
          {i18n.t('conference.planner.noGoals')}{' '}
          <a href={routeToHash({ view: 'new-goal' })}>
            {i18n.t('conference.planner.addFirstGoal')}
          </a>{' '}
          {i18n.t('conference.planner.noGoalsThen')}
        </p>
      ) : (
        <fieldset className="plan-goals">
          <legend>{i18n.t('conference.planner.goalsLegend')}</legend>
          <p className="hint">{i18n.t('conference.planner.goalsHint')}</p>
          <ul>
            {ordered.map((goal) => (
              <PlanGoalOption
                key={goal.id}
                goal={goal}
                picked={isGoalPicked(plan, goal)}
                items={itemsByGoal?.get(goal.id)}
                isItemPicked={(item) => isItemPicked(plan, item)}
                shownUnder={(item) => {
                  const goalId = showingGoal.get(libraryKeyString(item));
                  return goalId && goalId !== goal.id ? (titles.get(goalId) ?? null) : null;
                }}
                onPickGoal={(value) => onPlanChange(withGoalPicked(plan, goal.id, value))}
                onPickItem={(item, value) => onPlanChange(withItemPicked(plan, item, value))}
              />
            ))}
          </ul>
        </fieldset>
      )}
      <div className="plan-skills">
        <input
          id="plan-include-skills"
          type="checkbox"
          checked={plan.includeSkills}
          onChange={(event) => onPlanChange({ ...plan, includeSkills: event.target.checked })}
        />
        <label htmlFor="plan-include-skills">{i18n.t('conference.planner.includeSkills')}</label>
      </div>
      <div className="plan-start">
        <p role="status" data-testid="plan-summary">
          {itemsByGoal === undefined
            ? i18n.t('conference.planner.counting')
            : planSummaryText(slideCount, picked.length)}
        </p>
        {picked.length === 0 && goals.length > 0 && (
          <p className="hint">{i18n.t('conference.planner.tickOneGoal')}</p>
        )}
        <button
          ref={startRef}
          type="button"
          className="primary conference-start"
          onClick={onStart}
          aria-disabled={starting || itemsByGoal === undefined}
        >
          {starting
            ? i18n.t('conference.planner.gettingReady')
            : i18n.t('conference.planner.start')}
        </button>
        <p className="hint">{i18n.t('conference.planner.keysHint')}</p>
        {problem && <p role="alert">{problem}</p>}
      </div>
    </div>
  );
}

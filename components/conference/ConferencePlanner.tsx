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
import { countText } from '@/lib/conference/conferenceText';
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
        <a href={routeToHash({ view: 'goals' })}>← Back to dashboard</a>
      </p>
      <h1>Plan your conference</h1>
      <p className="hint">
        Choose the goals and the evidence you want to talk about with your family and teachers. The
        slides show them large, one at a time, for a projector or a shared screen. Nothing can be
        changed while you present.
      </p>
      {goals.length === 0 ? (
        <p className="conference-plan-empty">
          You have no goals yet. <a href={routeToHash({ view: 'new-goal' })}>Add your first goal</a>{' '}
          and clip some evidence for it, then come back to plan your conference.
        </p>
      ) : (
        <fieldset className="plan-goals">
          <legend>Goals to talk about</legend>
          <p className="hint">Active and achieved goals are ticked to start with.</p>
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
        <label htmlFor="plan-include-skills">End with a summary of my skills</label>
      </div>
      <div className="plan-start">
        <p role="status" data-testid="plan-summary">
          {itemsByGoal === undefined
            ? 'Counting your slides…'
            : `${countText(slideCount, 'slide', 'slides')}: a title, ${countText(picked.length, 'goal', 'goals')} and the evidence you picked.`}
        </p>
        {picked.length === 0 && goals.length > 0 && (
          <p className="hint">Tick at least one goal to have something to talk about.</p>
        )}
        <button
          ref={startRef}
          type="button"
          className="primary conference-start"
          onClick={onStart}
          aria-disabled={starting || itemsByGoal === undefined}
        >
          {starting ? 'Getting your slides ready…' : 'Start conference'}
        </button>
        <p className="hint">
          The slides open full screen. Use the arrow keys, Space or the Next and Previous buttons to
          move; press Escape to come back here.
        </p>
        {problem && <p role="alert">{problem}</p>}
      </div>
    </div>
  );
}

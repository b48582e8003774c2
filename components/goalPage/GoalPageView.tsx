import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'react';
import { routeToHash, type DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import type { GoalRecord, SkillRecord } from '@/lib/db/records';
import type { LibraryCard } from '@/lib/library/loadLibraryCards';
import { countItemsPerSkill } from '@/lib/goals/countItemsPerSkill';
import { GoalFormDialog } from '../goals/GoalFormDialog';
import { useGoalActions } from '../goals/useGoalActions';
import { AchievedReflectionDialog } from './AchievedReflectionDialog';
import { GoalSkillCounts } from './GoalSkillCounts';
import { GoalStatusActions } from './GoalStatusActions';
import { GoalSteps } from '../goals/GoalSteps';
import { GoalSummary } from './GoalSummary';
import { GoalTimeline } from './GoalTimeline';
import { ReflectOnGoal } from './ReflectOnGoal';

interface Props {
  goal: GoalRecord;
  skills: SkillRecord[];
  timeline: LibraryCard[];
  guidancePrompts: string[];
  navigate: (route: DashboardRoute) => void;
}

export function GoalPageView({ goal, skills, timeline, guidancePrompts, navigate }: Props) {
  const actions = useGoalActions();
  const [editing, setEditing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = `goal-page-${goal.id}-title`;

  // Arriving from a link on another page: start screen readers at the goal's name.
  useEffect(() => heading.current?.focus(), []);

  return (
    <article className={`goal-page category-${goal.category}`} aria-labelledby={headingId}>
      <p className="goal-page-back">
        <a href={routeToHash({ view: 'goals', filter: goal.status })}>{i18n.t('goalPage.back')}</a>
      </p>
      <p className="sr-only" role="status" aria-live="polite">
        {actions.announcement}
      </p>
      <GoalSummary goal={goal} skills={skills} headingId={headingId} headingRef={heading} />
      <GoalSteps
        className="steps goal-page-steps"
        goal={goal}
        onToggleStep={(stepId, done) => actions.toggleStep(goal, stepId, done)}
      />
      <GoalStatusActions
        goal={goal}
        headingId={headingId}
        onEdit={() => setEditing(true)}
        onSetStatus={(status) => void actions.setStatus(goal, status)}
      />
      {goal.status !== 'archived' && (
        <ReflectOnGoal
          goal={goal}
          skills={skills}
          guidancePrompts={guidancePrompts}
          onSaved={actions.announce}
        />
      )}
      <div className="goal-page-growth">
        <GoalTimeline items={timeline} />
        <GoalSkillCounts
          counts={countItemsPerSkill(timeline, skills)}
          goalSkillIds={goal.skillIds}
        />
      </div>
      {editing && (
        <GoalFormDialog
          heading={i18n.t('goals.form.editGoal')}
          initial={goal}
          latest={goal}
          skills={skills}
          onSubmit={(input, base) => actions.update(goal, input, base)}
          onClose={() => setEditing(false)}
        />
      )}
      {actions.justAchieved && (
        <AchievedReflectionDialog
          goal={actions.justAchieved}
          navigate={navigate}
          onClose={actions.dismissAchieved}
        />
      )}
    </article>
  );
}

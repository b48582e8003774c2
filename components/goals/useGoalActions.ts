import { i18n } from '#i18n';
import { useState } from 'react';
import type { GoalRecord, GoalStatus } from '@/lib/db/records';
import {
  createGoal,
  moveGoal,
  setGoalStatus,
  setStepDone,
  updateGoal,
} from '@/lib/goals/goalsRepo';
import {
  GoalValidationError,
  type GoalInput,
  type GoalInputIssue,
} from '@/lib/goals/validateGoalInput';
import { useDatabase } from '../app/DatabaseProvider';

function statusChangedText(title: string, status: GoalStatus): string {
  if (status === 'achieved') return i18n.t('goals.announce.achieved', { title });
  if (status === 'archived') return i18n.t('goals.announce.archived', { title });
  return i18n.t('goals.announce.active', { title });
}

/**
 * The goal page's writes. Each reports storage failures to the banner and
 * announces success to screen readers through one live region.
 */
export function useGoalActions() {
  const { db, reportError } = useDatabase();
  const [announcement, setAnnouncement] = useState('');
  // The goal just marked achieved: the page asks the student to reflect on it.
  const [justAchieved, setJustAchieved] = useState<GoalRecord | null>(null);

  /** Resolves to whether the write landed; storage failures go to the banner. */
  async function attempt(work: () => Promise<unknown>, done: string): Promise<boolean> {
    try {
      await work();
      setAnnouncement(done);
      return true;
    } catch (error) {
      if (!reportError(error)) throw error;
      return false;
    }
  }

  /** Returns the form's inline issues, or an empty list when saved. */
  async function save(
    work: () => Promise<GoalRecord>,
    doneText: (title: string) => string,
  ): Promise<GoalInputIssue[] | 'failed'> {
    try {
      const goal = await work();
      setAnnouncement(doneText(goal.title));
      return [];
    } catch (error) {
      if (error instanceof GoalValidationError) return error.issues;
      if (reportError(error)) return 'failed';
      throw error;
    }
  }

  return {
    announcement,
    /** Says something through the same live region (e.g. a reflection saved). */
    announce: setAnnouncement,
    justAchieved,
    /** Closes the reflect-on-achieving prompt; `saved` when a reflection was written. */
    dismissAchieved: (saved: boolean) => {
      setJustAchieved(null);
      if (saved) setAnnouncement(i18n.t('goals.announce.reflectionSaved'));
    },
    create: (input: GoalInput) =>
      save(
        () => createGoal(db, input),
        (title) => i18n.t('goals.announce.created', { title }),
      ),
    /** `base`: the goal as the form first showed it, so only the student's own changes are written. */
    update: (goal: GoalRecord, input: GoalInput, base?: GoalInput) =>
      save(
        () => updateGoal(db, goal.id, input, undefined, base),
        (title) => i18n.t('goals.announce.saved', { title }),
      ),
    setStatus: async (goal: GoalRecord, status: GoalStatus) => {
      const saved = await attempt(
        () => setGoalStatus(db, goal.id, status),
        statusChangedText(goal.title, status),
      );
      if (saved && status === 'achieved') setJustAchieved(goal);
      return saved;
    },
    move: (goal: GoalRecord, direction: -1 | 1) =>
      attempt(
        () => moveGoal(db, goal.id, direction),
        direction < 0
          ? i18n.t('goals.announce.movedUp', { title: goal.title })
          : i18n.t('goals.announce.movedDown', { title: goal.title }),
      ),
    /** Rejects when not saved, so the checkbox can drop its pending tick. */
    toggleStep: async (goal: GoalRecord, stepId: string, done: boolean) => {
      const saved = await attempt(
        () => setStepDone(db, goal.id, stepId, done),
        done ? i18n.t('goals.announce.stepDone') : i18n.t('goals.announce.stepNotDone'),
      );
      if (!saved) throw new Error('Step change was not saved');
    },
  };
}

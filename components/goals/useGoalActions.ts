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

const STATUS_DONE: Record<GoalStatus, string> = {
  active: 'is active again',
  achieved: 'marked achieved. Well done!',
  archived: 'archived',
};

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
    verb: string,
  ): Promise<GoalInputIssue[] | 'failed'> {
    try {
      const goal = await work();
      setAnnouncement(`Goal “${goal.title}” ${verb}.`);
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
      if (saved) setAnnouncement('Reflection saved. Well done!');
    },
    create: (input: GoalInput) => save(() => createGoal(db, input), 'created'),
    /** `base`: the goal as the form first showed it, so only the student's own changes are written. */
    update: (goal: GoalRecord, input: GoalInput, base?: GoalInput) =>
      save(() => updateGoal(db, goal.id, input, undefined, base), 'saved'),
    setStatus: async (goal: GoalRecord, status: GoalStatus) => {
      const saved = await attempt(
        () => setGoalStatus(db, goal.id, status),
        `Goal “${goal.title}” ${STATUS_DONE[status]}`,
      );
      if (saved && status === 'achieved') setJustAchieved(goal);
      return saved;
    },
    move: (goal: GoalRecord, direction: -1 | 1) =>
      attempt(
        () => moveGoal(db, goal.id, direction),
        `Goal “${goal.title}” moved ${direction < 0 ? 'up' : 'down'}.`,
      ),
    /** Rejects when not saved, so the checkbox can drop its pending tick. */
    toggleStep: async (goal: GoalRecord, stepId: string, done: boolean) => {
      const saved = await attempt(
        () => setStepDone(db, goal.id, stepId, done),
        done ? 'Step done.' : 'Step not done.',
      );
      if (!saved) throw new Error('Step change was not saved');
    },
  };
}

import { useState } from 'react';
import type { PromptSetRecord } from '@/lib/db/records';
import { createPromptSet, deletePromptSet, updatePromptSet } from '@/lib/prompts/promptSetsRepo';
import {
  PromptSetValidationError,
  type PromptSetInput,
  type PromptSetIssue,
} from '@/lib/prompts/validatePromptSetInput';
import { useDatabase } from '../app/DatabaseProvider';

/** The prompt set page's writes, with one live region for what happened. */
export function usePromptSetActions() {
  const { db, reportError } = useDatabase();
  const [announcement, setAnnouncement] = useState('');

  async function save(
    work: () => Promise<PromptSetRecord>,
    verb: string,
  ): Promise<PromptSetIssue[] | 'failed'> {
    try {
      const set = await work();
      setAnnouncement(`Prompt set “${set.name}” ${verb}.`);
      return [];
    } catch (error) {
      if (error instanceof PromptSetValidationError) return error.issues;
      if (reportError(error)) return 'failed';
      throw error;
    }
  }

  return {
    announcement,
    create: (input: PromptSetInput, goalId: string | null) =>
      save(() => createPromptSet(db, { ...input, goalId }), 'created'),
    update: (set: PromptSetRecord, input: PromptSetInput) =>
      save(() => updatePromptSet(db, set.id, input), 'saved'),
    remove: async (set: PromptSetRecord) => {
      if (
        !confirm(
          `Delete the prompt set “${set.name}”? Reflections already recorded keep their prompts.`,
        )
      )
        return;
      try {
        await deletePromptSet(db, set.id);
        setAnnouncement(`Prompt set “${set.name}” deleted.`);
      } catch (error) {
        if (!reportError(error)) throw error;
      }
    },
  };
}

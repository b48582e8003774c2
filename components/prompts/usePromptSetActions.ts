import { i18n } from '#i18n';
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
    done: (name: string) => string,
  ): Promise<PromptSetIssue[] | 'failed'> {
    try {
      const set = await work();
      setAnnouncement(done(set.name));
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
      save(
        () => createPromptSet(db, { ...input, goalId }),
        (name) => i18n.t('prompts.actions.created', { name }),
      ),
    update: (set: PromptSetRecord, input: PromptSetInput) =>
      save(
        () => updatePromptSet(db, set.id, input),
        (name) => i18n.t('prompts.actions.saved', { name }),
      ),
    remove: async (set: PromptSetRecord) => {
      if (!confirm(i18n.t('prompts.actions.confirmDelete', { name: set.name }))) return;
      try {
        await deletePromptSet(db, set.id);
        setAnnouncement(i18n.t('prompts.actions.deleted', { name: set.name }));
      } catch (error) {
        if (!reportError(error)) throw error;
      }
    },
  };
}

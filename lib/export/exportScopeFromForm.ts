import { endOfDay, startOfDay } from '../library/libraryFilters';
import type { BundleScopeRequest } from './bundle/bundleScope';

/** What the export form holds: a choice plus the inputs each choice uses. */
export interface ExportScopeForm {
  kind: 'everything' | 'goals' | 'dates';
  goalIds: readonly string[];
  /** "YYYY-MM-DD" from a date input, or "" for an open side. */
  from: string;
  to: string;
}

export const INITIAL_EXPORT_SCOPE_FORM: ExportScopeForm = {
  kind: 'everything',
  goalIds: [],
  from: '',
  to: '',
};

export type ExportScopeResult =
  { ok: true; request: BundleScopeRequest } | { ok: false; problem: string };

/**
 * Turns the form into a scope the planner understands, or says what to fix.
 * Date inputs are whole local days, both ends included.
 */
export function exportScopeFromForm(form: ExportScopeForm): ExportScopeResult {
  switch (form.kind) {
    case 'everything':
      return { ok: true, request: { kind: 'everything' } };
    case 'goals':
      return form.goalIds.length === 0
        ? { ok: false, problem: 'Choose at least one goal.' }
        : { ok: true, request: { kind: 'goals', goalIds: [...form.goalIds] } };
    case 'dates': {
      const from = startOfDay(form.from);
      const to = endOfDay(form.to);
      if (form.from !== '' && from === null)
        return { ok: false, problem: 'The start date is not a date.' };
      if (form.to !== '' && to === null)
        return { ok: false, problem: 'The end date is not a date.' };
      if (from !== null && to !== null && from > to)
        return { ok: false, problem: 'The start date is after the end date.' };
      return { ok: true, request: { kind: 'dates', from, to } };
    }
  }
}

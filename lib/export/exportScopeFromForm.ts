import { i18n } from '#i18n';
import { endOfDay, startOfDay } from '../library/libraryFilters';
import type { BundleScopeRequest } from './bundle/bundleScope';
import type { LibraryKey } from '../library/libraryQuery';

/** What the export form holds: a choice plus the inputs each choice uses. */
export interface ExportScopeForm {
  kind: 'everything' | 'goals' | 'dates' | 'items';
  goalIds: readonly string[];
  /** Items chosen in the library ("Export selected…"); the "items" choice exists only with some. */
  items: readonly LibraryKey[];
  /** "YYYY-MM-DD" from a date input, or "" for an open side. */
  from: string;
  to: string;
}

export const INITIAL_EXPORT_SCOPE_FORM: ExportScopeForm = {
  kind: 'everything',
  goalIds: [],
  items: [],
  from: '',
  to: '',
};

/** The form a section starts with: the library's selection when the student brought one. */
export function initialExportScopeForm(selection: readonly LibraryKey[]): ExportScopeForm {
  return selection.length === 0
    ? INITIAL_EXPORT_SCOPE_FORM
    : { ...INITIAL_EXPORT_SCOPE_FORM, kind: 'items', items: selection };
}

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
        ? { ok: false, problem: i18n.t('export.scope.chooseGoal') }
        : { ok: true, request: { kind: 'goals', goalIds: [...form.goalIds] } };
    case 'items':
      return form.items.length === 0
        ? { ok: false, problem: i18n.t('export.scope.selectItemsFirst') }
        : { ok: true, request: { kind: 'items', keys: [...form.items] } };
    case 'dates': {
      const from = startOfDay(form.from);
      const to = endOfDay(form.to);
      if (form.from !== '' && from === null)
        return { ok: false, problem: i18n.t('export.scope.startNotDate') };
      if (form.to !== '' && to === null)
        return { ok: false, problem: i18n.t('export.scope.endNotDate') };
      if (from !== null && to !== null && from > to)
        return { ok: false, problem: i18n.t('export.scope.startAfterEnd') };
      return { ok: true, request: { kind: 'dates', from, to } };
    }
  }
}

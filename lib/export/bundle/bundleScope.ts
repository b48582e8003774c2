import { i18n } from '#i18n';
import type { LibraryKey } from '../../library/libraryQuery';
import type { BundleScope } from './manifestSchema';

/** What the student chose to export. Dates are inclusive epoch-ms bounds; null leaves a side open. */
export type BundleScopeRequest =
  | { kind: 'everything' }
  | { kind: 'goals'; goalIds: readonly string[] }
  | { kind: 'dates'; from: number | null; to: number | null }
  | { kind: 'items'; keys: readonly LibraryKey[] };

/** The scope as the manifest records it, with words a teacher can read. */
export function describeScope(
  request: BundleScopeRequest,
  goalTitles: ReadonlyMap<string, string>,
): BundleScope {
  switch (request.kind) {
    case 'everything':
      return { kind: 'everything', description: i18n.t('exportFiles.scope.everything') };
    case 'goals': {
      const titles = request.goalIds.map((id) => goalTitles.get(id) ?? id).join(', ');
      return {
        kind: 'goals',
        goalIds: [...request.goalIds],
        description: i18n.t('exportFiles.scope.goals', { titles }).slice(0, 500),
      };
    }
    case 'dates': {
      const from =
        request.from === null ? i18n.t('exportFiles.scope.fromBeginning') : isoDay(request.from);
      const to = request.to === null ? i18n.t('exportFiles.scope.toNow') : isoDay(request.to);
      return {
        kind: 'dates',
        from: request.from,
        to: request.to,
        description: i18n.t('exportFiles.scope.dates', { from, to }),
      };
    }
    case 'items':
      return {
        kind: 'items',
        keys: request.keys.map(({ table, id }) => ({ table, id })),
        description: i18n.t('exportFiles.scope.items', request.keys.length),
      };
  }
}

/** The student's own calendar day (local time), as file names and descriptions show it. */
export function isoDay(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (n: number) => n.toString().padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

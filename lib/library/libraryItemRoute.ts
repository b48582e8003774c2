import type { DashboardRoute } from '../dashboard/dashboardRoute';
import type { LibraryKey } from './libraryQuery';

/** Where an item opens: a clip's detail page or a reflection's. */
export function libraryItemRoute(key: LibraryKey): DashboardRoute {
  return key.table === 'evidence'
    ? { view: 'evidence-item', evidenceId: key.id }
    : { view: 'reflection', reflectionId: key.id };
}

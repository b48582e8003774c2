import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import { EvidencePage } from '../evidence/EvidencePage';

/** The evidence library (being built in this change; see issue 5). */
export function LibraryPage(_props: { navigate: (route: DashboardRoute) => void }) {
  return <EvidencePage />;
}

import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';

export function EvidenceDetailPage(_props: {
  evidenceId: string;
  navigate: (route: DashboardRoute) => void;
}) {
  return <h2>Evidence</h2>;
}

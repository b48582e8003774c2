import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';

export function ConferencePage(_props: { navigate: (route: DashboardRoute) => void }) {
  return <h2>Conference mode</h2>;
}

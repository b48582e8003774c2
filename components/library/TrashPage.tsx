import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';

export function TrashPage(_props: { navigate: (route: DashboardRoute) => void }) {
  return <h2>Trash</h2>;
}

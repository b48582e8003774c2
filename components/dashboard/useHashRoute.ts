import { useCallback, useEffect, useState } from 'react';
import { hashToRoute, routeToHash, type DashboardRoute } from '@/lib/dashboard/dashboardRoute';

/** The dashboard's route lives in location.hash so reloads and the back button work. */
export function useHashRoute(): [DashboardRoute, (route: DashboardRoute) => void] {
  const [route, setRoute] = useState(() => hashToRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(hashToRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: DashboardRoute) => {
    location.hash = routeToHash(next);
  }, []);
  return [route, navigate];
}

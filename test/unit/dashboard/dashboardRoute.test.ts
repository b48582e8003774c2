import { describe, expect, it } from 'vitest';
import { hashToRoute, routeToHash, type DashboardRoute } from '@/lib/dashboard/dashboardRoute';

describe('dashboard routes', () => {
  const routes: DashboardRoute[] = [
    { view: 'goals' },
    { view: 'goals', filter: 'archived' },
    { view: 'goals', filter: 'achieved' },
    { view: 'goal', goalId: 'a b/c' },
    { view: 'new-goal' },
    { view: 'skills' },
    { view: 'evidence' },
    { view: 'skills-map' },
    { view: 'storage' },
  ];
  for (const route of routes) {
    it(`round-trips ${JSON.stringify(route)}`, () => {
      expect(hashToRoute(routeToHash(route))).toEqual(route);
    });
  }

  it('falls back to the goals list for unknown hashes', () => {
    for (const hash of ['', '#', '#/nope', '#/goal/', '#/goals/deleted']) {
      expect(hashToRoute(hash)).toEqual({ view: 'goals' });
    }
  });
});

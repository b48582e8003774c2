import * as v from 'valibot';
import { idSchema } from '../db/records';

/** Where the dashboard opens. Kept in the URL hash so a reload stays put. */
export const dashboardRouteSchema = v.variant('view', [
  v.object({
    view: v.literal('goals'),
    filter: v.optional(v.picklist(['active', 'achieved', 'archived'])),
  }),
  v.object({ view: v.literal('goal'), goalId: idSchema }),
  v.object({ view: v.literal('new-goal') }),
  v.object({ view: v.literal('skills') }),
  v.object({ view: v.literal('evidence') }),
  v.object({ view: v.literal('skills-map') }),
  v.object({ view: v.literal('storage') }),
]);
export type DashboardRoute = v.InferOutput<typeof dashboardRouteSchema>;

export const DEFAULT_ROUTE: DashboardRoute = { view: 'goals' };

export function routeToHash(route: DashboardRoute): string {
  switch (route.view) {
    case 'goals':
      return route.filter && route.filter !== 'active' ? `#/goals/${route.filter}` : '#/goals';
    case 'goal':
      return `#/goal/${encodeURIComponent(route.goalId)}`;
    case 'new-goal':
      return '#/new-goal';
    case 'skills':
      return '#/skills';
    case 'evidence':
      return '#/evidence';
    case 'skills-map':
      return '#/skills-map';
    case 'storage':
      return '#/storage';
  }
}

/** Unknown or hand-edited hashes fall back to the goals list instead of a blank page. */
export function hashToRoute(hash: string): DashboardRoute {
  const [view, arg] = hash.replace(/^#?\/?/, '').split('/');
  if (view === 'goal' && arg) return { view: 'goal', goalId: decodeURIComponent(arg) };
  if (view === 'new-goal') return { view: 'new-goal' };
  if (view === 'skills') return { view: 'skills' };
  if (view === 'evidence') return { view: 'evidence' };
  if (view === 'skills-map') return { view: 'skills-map' };
  if (view === 'storage') return { view: 'storage' };
  if (view === 'goals' && (arg === 'achieved' || arg === 'archived'))
    return { view: 'goals', filter: arg };
  return DEFAULT_ROUTE;
}

import * as v from 'valibot';
import { idSchema } from '../db/records';

const tabIdSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

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
  v.object({ view: v.literal('evidence-item'), evidenceId: idSchema }),
  v.object({ view: v.literal('trash') }),
  v.object({ view: v.literal('conference') }),
  v.object({ view: v.literal('skills-map') }),
  v.object({ view: v.literal('storage') }),
  v.object({ view: v.literal('export') }),
  // The recorder. The popup passes the tab it was opened on, so "This tab" can record it.
  v.object({
    view: v.literal('record'),
    goalId: v.optional(idSchema),
    tabId: v.optional(tabIdSchema),
  }),
  v.object({ view: v.literal('reflections') }),
  v.object({ view: v.literal('reflection'), reflectionId: idSchema }),
  // A goal id opens (or starts) that goal's own prompt set.
  v.object({ view: v.literal('prompt-sets'), goalId: v.optional(idSchema) }),
  // First-run tour (opened by the background on install) and the plain-words privacy page.
  v.object({ view: v.literal('welcome') }),
  v.object({ view: v.literal('privacy') }),
]);
export type DashboardRoute = v.InferOutput<typeof dashboardRouteSchema>;

export const DEFAULT_ROUTE: DashboardRoute = { view: 'goals' };

function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

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
    case 'evidence-item':
      return `#/evidence/${encodeURIComponent(route.evidenceId)}`;
    case 'trash':
      return '#/trash';
    case 'conference':
      return '#/conference';
    case 'skills-map':
      return '#/skills-map';
    case 'storage':
      return '#/storage';
    case 'export':
      return '#/export';
    case 'record':
      return withQuery('#/record', { goal: route.goalId, tab: route.tabId });
    case 'reflections':
      return '#/reflections';
    case 'reflection':
      return `#/reflection/${encodeURIComponent(route.reflectionId)}`;
    case 'prompt-sets':
      return withQuery('#/prompt-sets', { goal: route.goalId });
    case 'welcome':
      return '#/welcome';
    case 'privacy':
      return '#/privacy';
  }
}

/** A query value that is a valid id, or nothing (hand-edited hashes must not break the page). */
function queryId(query: URLSearchParams, key: string): { goalId?: string } {
  const value = query.get(key);
  return value !== null && v.is(idSchema, value) ? { goalId: value } : {};
}

function queryTabId(query: URLSearchParams): { tabId?: number } {
  const value = query.get('tab');
  if (value === null || !/^\d+$/.test(value)) return {};
  const tabId = Number(value);
  return v.is(tabIdSchema, tabId) ? { tabId } : {};
}

/** Unknown or hand-edited hashes fall back to the goals list instead of a blank page. */
export function hashToRoute(hash: string): DashboardRoute {
  const [path = '', search = ''] = hash.replace(/^#?\/?/, '').split('?', 2);
  const query = new URLSearchParams(search);
  const [view, arg] = path.split('/');
  if (view === 'goal' && arg) return { view: 'goal', goalId: decodeURIComponent(arg) };
  if (view === 'new-goal') return { view: 'new-goal' };
  if (view === 'skills') return { view: 'skills' };
  if (view === 'evidence' && arg)
    return { view: 'evidence-item', evidenceId: decodeURIComponent(arg) };
  if (view === 'evidence') return { view: 'evidence' };
  if (view === 'trash') return { view: 'trash' };
  if (view === 'conference') return { view: 'conference' };
  if (view === 'skills-map') return { view: 'skills-map' };
  if (view === 'storage') return { view: 'storage' };
  if (view === 'export') return { view: 'export' };
  if (view === 'record') return { view: 'record', ...queryId(query, 'goal'), ...queryTabId(query) };
  if (view === 'reflections') return { view: 'reflections' };
  if (view === 'reflection' && arg)
    return { view: 'reflection', reflectionId: decodeURIComponent(arg) };
  if (view === 'prompt-sets') return { view: 'prompt-sets', ...queryId(query, 'goal') };
  if (view === 'welcome') return { view: 'welcome' };
  if (view === 'privacy') return { view: 'privacy' };
  if (view === 'goals' && (arg === 'achieved' || arg === 'archived'))
    return { view: 'goals', filter: arg };
  return DEFAULT_ROUTE;
}

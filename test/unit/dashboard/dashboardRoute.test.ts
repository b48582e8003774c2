import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  dashboardRouteSchema,
  hashToRoute,
  routeToHash,
  type DashboardRoute,
} from '@/lib/dashboard/dashboardRoute';

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
    { view: 'export' },
    { view: 'record' },
    { view: 'record', goalId: 'g1' },
    { view: 'record', tabId: 42 },
    { view: 'record', goalId: 'a&b=c?/d', tabId: 0 },
    { view: 'reflections' },
    { view: 'reflection', reflectionId: 'r 1/2' },
    { view: 'prompt-sets' },
    { view: 'prompt-sets', goalId: 'goal#1' },
    { view: 'welcome' },
    { view: 'privacy' },
  ];
  for (const route of routes) {
    it(`round-trips ${JSON.stringify(route)}`, () => {
      expect(hashToRoute(routeToHash(route))).toStrictEqual(route);
    });
  }

  it('writes the recorder route with its goal and tab as a query', () => {
    expect(routeToHash({ view: 'record', goalId: 'g1', tabId: 7 })).toBe('#/record?goal=g1&tab=7');
    expect(routeToHash({ view: 'record' })).toBe('#/record');
  });

  it('opens the export page at #/export', () => {
    expect(routeToHash({ view: 'export' })).toBe('#/export');
    expect(hashToRoute('#/export')).toStrictEqual({ view: 'export' });
  });

  it('opens the welcome tour at #/welcome and the privacy page at #/privacy', () => {
    expect(routeToHash({ view: 'welcome' })).toBe('#/welcome');
    expect(hashToRoute('#/privacy')).toStrictEqual({ view: 'privacy' });
  });

  it('falls back to the goals list for unknown hashes', () => {
    for (const hash of ['', '#', '#/nope', '#/goal/', '#/goals/deleted', '#/reflection/']) {
      expect(hashToRoute(hash)).toEqual({ view: 'goals' });
    }
  });

  it('drops a hand-edited tab id that is not a whole number', () => {
    for (const tab of ['-1', '1.5', 'abc', '', '1e3']) {
      expect(hashToRoute(`#/record?tab=${tab}`)).toStrictEqual({ view: 'record' });
    }
  });

  it('validates the openDashboard payload the popup sends', () => {
    expect(v.is(dashboardRouteSchema, { view: 'record', tabId: 3 })).toBe(true);
    expect(v.is(dashboardRouteSchema, { view: 'record', tabId: -3 })).toBe(false);
    expect(v.is(dashboardRouteSchema, { view: 'record', tabId: '3' })).toBe(false);
    expect(v.is(dashboardRouteSchema, { view: 'reflection' })).toBe(false);
  });
});

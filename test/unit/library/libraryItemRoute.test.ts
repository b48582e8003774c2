import { describe, expect, it } from 'vitest';
import { libraryItemRoute } from '@/lib/library/libraryItemRoute';
import { routeToHash } from '@/lib/dashboard/dashboardRoute';

describe('libraryItemRoute', () => {
  it('opens clips on their detail page and reflections on theirs', () => {
    expect(libraryItemRoute({ table: 'evidence', id: 'a b' })).toEqual({
      view: 'evidence-item',
      evidenceId: 'a b',
    });
    expect(routeToHash(libraryItemRoute({ table: 'evidence', id: 'a b' }))).toBe(
      '#/evidence/a%20b',
    );
    expect(routeToHash(libraryItemRoute({ table: 'reflections', id: 'r1' }))).toBe(
      '#/reflection/r1',
    );
  });
});

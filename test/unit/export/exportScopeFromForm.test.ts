import { describe, expect, it } from 'vitest';
import {
  exportScopeFromForm,
  INITIAL_EXPORT_SCOPE_FORM,
  type ExportScopeForm,
} from '@/lib/export/exportScopeFromForm';

const form = (changes: Partial<ExportScopeForm>): ExportScopeForm => ({
  ...INITIAL_EXPORT_SCOPE_FORM,
  ...changes,
});

describe('exportScopeFromForm', () => {
  it('exports everything by default', () => {
    expect(exportScopeFromForm(INITIAL_EXPORT_SCOPE_FORM)).toEqual({
      ok: true,
      request: { kind: 'everything' },
    });
  });

  it('asks for a goal when none is chosen', () => {
    expect(exportScopeFromForm(form({ kind: 'goals' }))).toEqual({
      ok: false,
      problem: 'Choose at least one goal.',
    });
    expect(exportScopeFromForm(form({ kind: 'goals', goalIds: ['g1', 'g2'] }))).toEqual({
      ok: true,
      request: { kind: 'goals', goalIds: ['g1', 'g2'] },
    });
  });

  it('covers whole local days, both ends included', () => {
    expect(
      exportScopeFromForm(form({ kind: 'dates', from: '2026-03-01', to: '2026-03-02' })),
    ).toEqual({
      ok: true,
      request: {
        kind: 'dates',
        from: new Date(2026, 2, 1).getTime(),
        to: new Date(2026, 2, 3).getTime() - 1,
      },
    });
  });

  it('leaves an empty side open', () => {
    expect(exportScopeFromForm(form({ kind: 'dates', to: '2026-03-02' }))).toEqual({
      ok: true,
      request: { kind: 'dates', from: null, to: new Date(2026, 2, 3).getTime() - 1 },
    });
    expect(exportScopeFromForm(form({ kind: 'dates' }))).toEqual({
      ok: true,
      request: { kind: 'dates', from: null, to: null },
    });
  });

  it('refuses a range that ends before it starts, or a malformed day', () => {
    expect(
      exportScopeFromForm(form({ kind: 'dates', from: '2026-03-05', to: '2026-03-01' })),
    ).toEqual({ ok: false, problem: 'The start date is after the end date.' });
    expect(exportScopeFromForm(form({ kind: 'dates', from: 'March' }))).toEqual({
      ok: false,
      problem: 'The start date is not a date.',
    });
    expect(exportScopeFromForm(form({ kind: 'dates', to: '2026-3-1' }))).toEqual({
      ok: false,
      problem: 'The end date is not a date.',
    });
  });
});

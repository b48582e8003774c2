import { describe, expect, it } from 'vitest';
import {
  exportScopeFromForm,
  initialExportScopeForm,
  INITIAL_EXPORT_SCOPE_FORM,
  type ExportScopeForm,
} from '@/lib/export/exportScopeFromForm';
import { readExportSelection, saveExportSelection } from '@/lib/export/exportSelection';

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

describe('the library selection as a scope', () => {
  const keys = [
    { table: 'evidence' as const, id: 'e1' },
    { table: 'reflections' as const, id: 'r1' },
  ];

  it('starts a form on the selection when there is one, and on everything otherwise', () => {
    expect(initialExportScopeForm([])).toEqual(INITIAL_EXPORT_SCOPE_FORM);
    expect(initialExportScopeForm(keys)).toMatchObject({ kind: 'items', items: keys });
  });

  it('turns the selection into an items request, and an empty one into a problem', () => {
    expect(exportScopeFromForm(initialExportScopeForm(keys))).toEqual({
      ok: true,
      request: { kind: 'items', keys },
    });
    expect(exportScopeFromForm({ ...INITIAL_EXPORT_SCOPE_FORM, kind: 'items' })).toEqual({
      ok: false,
      problem: 'Select items in My evidence first.',
    });
  });

  it('carries the selection through session storage, ignoring anything malformed', () => {
    const store = new Map<string, string>();
    const session = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    };
    expect(readExportSelection(session)).toEqual([]);
    saveExportSelection(keys, session);
    expect(readExportSelection(session)).toEqual(keys);
    store.set('plp.exportSelection', '[{"table":"goals","id":"g1"}]');
    expect(readExportSelection(session)).toEqual([]);
    store.set('plp.exportSelection', 'not json');
    expect(readExportSelection(session)).toEqual([]);
  });
});

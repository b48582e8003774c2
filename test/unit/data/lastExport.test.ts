import { describe, expect, it } from 'vitest';
import { lastExportAt, noteExported, recordExport } from '@/lib/data/lastExport';

describe('recordExport', () => {
  it('remembers the first export and moves forward, never back', async () => {
    expect(await lastExportAt.getValue()).toBeNull();
    await recordExport(2_000);
    expect(await lastExportAt.getValue()).toBe(2_000);
    await recordExport(1_000);
    expect(await lastExportAt.getValue()).toBe(2_000);
    await recordExport(3_000);
    expect(await lastExportAt.getValue()).toBe(3_000);
  });
});

describe('noteExported', () => {
  it('counts an export of everything, not of some goals or dates', async () => {
    await noteExported({ kind: 'goals' }, 5_000);
    await noteExported({ kind: 'dates' }, 5_000);
    expect(await lastExportAt.getValue()).toBeNull();
    await noteExported({ kind: 'everything' }, 5_000);
    expect(await lastExportAt.getValue()).toBe(5_000);
  });
});

import { describe, expect, it } from 'vitest';
import { lastExportAt, recordExport } from '@/lib/data/lastExport';

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

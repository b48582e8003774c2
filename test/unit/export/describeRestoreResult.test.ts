import { describe, expect, it } from 'vitest';
import { describeRestoreResult } from '@/lib/export/describeRestoreResult';

describe('describeRestoreResult', () => {
  it('says what was added, updated and already here', () => {
    expect(describeRestoreResult({ added: 12, updated: 1, skipped: 3 })).toBe(
      'Added 12 items, updated 1, 3 were already here.',
    );
    expect(describeRestoreResult({ added: 1, updated: 0, skipped: 1 })).toBe(
      'Added 1 item, updated 0, 1 was already here.',
    );
  });

  it('says so when the bundle held nothing', () => {
    expect(describeRestoreResult({ added: 0, updated: 0, skipped: 0 })).toBe(
      'The bundle was empty: nothing to add.',
    );
  });
});

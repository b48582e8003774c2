import { describe, expect, it } from 'vitest';
import { BundleImportError } from '@/lib/import/BundleImportError';
import { describeImportError } from '@/lib/export/describeImportError';

describe('describeImportError', () => {
  it("shows a refused bundle's own message and says nothing changed", () => {
    expect(describeImportError(new BundleImportError('not-a-bundle'))).toBe(
      'This file is not a PLP Companion bundle. Nothing was changed.',
    );
  });

  it('does not repeat "Nothing was changed"', () => {
    expect(describeImportError(new BundleImportError('cancelled'))).toBe(
      'The import was cancelled. Nothing was changed.',
    );
  });

  it('wraps other failures', () => {
    expect(describeImportError(new Error('Disk full'))).toBe(
      'The restore stopped: Disk full. Nothing was changed.',
    );
  });

  it('explains a full disk in plain words, as Dexie reports it (AbortError around QuotaExceededError)', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const aborted = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: quota,
    });
    for (const error of [quota, aborted]) {
      const message = describeImportError(error);
      expect(message).toMatch(
        /^Your device is out of storage space, so the bundle was not restored\./,
      );
      expect(message).toContain('Nothing was changed');
      expect(message).not.toContain('QuotaExceededError');
    }
  });
});

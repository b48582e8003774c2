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
});

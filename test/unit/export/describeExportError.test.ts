import { describe, expect, it } from 'vitest';
import { describeExportError } from '@/lib/export/describeExportError';
import { MissingMediaError } from '@/lib/export/bundle/writeBundle';

describe('describeExportError', () => {
  it('stays quiet when the student cancelled', () => {
    expect(describeExportError(new DOMException('stop', 'AbortError'))).toBeNull();
  });

  it('shows a missing file as its own message', () => {
    expect(describeExportError(new MissingMediaError('m1'))).toBe(
      new MissingMediaError('m1').message,
    );
  });

  it('wraps anything else and says nothing was changed', () => {
    expect(describeExportError(new Error('The disk is full.'))).toBe(
      'The export stopped: The disk is full. Nothing was changed.',
    );
    expect(describeExportError('boom')).toBe('The export stopped: boom. Nothing was changed.');
  });
});

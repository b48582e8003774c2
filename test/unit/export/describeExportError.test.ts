import { describe, expect, it } from 'vitest';
import { describeExportError } from '@/lib/export/describeExportError';
import { MissingMediaError } from '@/lib/export/bundle/writeBundle';
import { SaveAsError } from '@/lib/export/saveBlobWithSaveAs';

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

describe('describeExportError for a Save As that failed', () => {
  it('says what to do about a full disk', () => {
    expect(describeExportError(new SaveAsError('FILE_NO_SPACE'))).toMatch(/not enough space/);
  });

  it('names an unknown interrupt reason and asks to try again', () => {
    expect(describeExportError(new SaveAsError('NETWORK_FAILED'))).toBe(
      'The bundle was made but could not be saved (NETWORK_FAILED). Try again.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { describeUnfinishedReflections } from '@/lib/export/describeUnfinishedReflections';
import type { ReflectionStatus } from '@/lib/db/records';

const items = (...statuses: ReflectionStatus[]) => statuses.map((status) => ({ status }));

describe('describeUnfinishedReflections', () => {
  it('says nothing when every reflection is finished', () => {
    expect(describeUnfinishedReflections([])).toBeNull();
    expect(describeUnfinishedReflections(items('ready', 'ready'))).toBeNull();
  });

  it('names one reflection still being processed, before and after the export', () => {
    expect(describeUnfinishedReflections(items('processing'))).toEqual({
      beforeExport:
        '1 reflection is still being processed and won’t be included. ' +
        'Wait for it to finish, or export now without it.',
      afterExport:
        'Left out 1 reflection: 1 still being processed. ' +
        'Export again once it is ready to include it.',
    });
  });

  it('counts each reason apart and uses the plural', () => {
    const notice = describeUnfinishedReflections(
      items('processing', 'processing', 'recording', 'failed', 'failed', 'ready'),
    );
    expect(notice?.beforeExport).toBe(
      '2 reflections are still being processed and won’t be included. ' +
        '1 reflection is still being recorded and won’t be included. ' +
        'Wait for them to finish, or export now without them. ' +
        '2 reflections couldn’t be processed and won’t be included. ' +
        'Retry them in Reflections to include them.',
    );
    expect(notice?.afterExport).toBe(
      'Left out 5 reflections: 2 still being processed, 1 still being recorded, ' +
        '2 that couldn’t be processed. Export again once they are ready to include them.',
    );
  });

  it('does not ask to wait for a reflection that failed', () => {
    const notice = describeUnfinishedReflections(items('failed'));
    expect(notice?.beforeExport).toBe(
      '1 reflection couldn’t be processed and won’t be included. ' +
        'Retry it in Reflections to include it.',
    );
    expect(notice?.beforeExport).not.toContain('Wait');
  });
});

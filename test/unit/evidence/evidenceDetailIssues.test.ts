import { describe, expect, it } from 'vitest';
import {
  EVIDENCE_NOTE_MAX,
  evidenceDetailIssueText,
  evidenceDetailIssues,
} from '@/lib/evidence/evidenceDetailIssues';
import { EVIDENCE_TITLE_MAX } from '@/lib/evidence/editEvidence';

describe('evidenceDetailIssues', () => {
  it('accepts an empty title: it falls back to the page title', () => {
    expect(evidenceDetailIssues({ title: '   ', note: '' })).toEqual([]);
  });

  it('accepts a title and a note exactly at their limits', () => {
    expect(
      evidenceDetailIssues({
        title: 'a'.repeat(EVIDENCE_TITLE_MAX),
        note: 'b'.repeat(EVIDENCE_NOTE_MAX),
      }),
    ).toEqual([]);
  });

  it('counts after trimming, as the title and note are stored', () => {
    expect(
      evidenceDetailIssues({ title: ` ${'a'.repeat(EVIDENCE_TITLE_MAX)} `, note: '\n note \n' }),
    ).toEqual([]);
  });

  it('reports each field that is too long, with how far over it is', () => {
    expect(
      evidenceDetailIssues({
        title: 'a'.repeat(EVIDENCE_TITLE_MAX + 1),
        note: 'b'.repeat(EVIDENCE_NOTE_MAX + 25),
      }),
    ).toEqual([
      { field: 'title', max: EVIDENCE_TITLE_MAX, over: 1 },
      { field: 'note', max: EVIDENCE_NOTE_MAX, over: 25 },
    ]);
  });
});

describe('evidenceDetailIssueText', () => {
  it('says how much to cut and what the limit is', () => {
    expect(evidenceDetailIssueText({ field: 'note', max: 20000, over: 25 }, 'en-US')).toBe(
      'The note is 25 characters too long. Keep it to 20,000 characters or fewer.',
    );
    expect(evidenceDetailIssueText({ field: 'title', max: 500, over: 1 }, 'en-US')).toBe(
      'The title is 1 character too long. Keep it to 500 characters or fewer.',
    );
  });
});

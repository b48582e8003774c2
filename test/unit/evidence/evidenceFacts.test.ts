import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '@/lib/db/records';
import { toEvidenceRecord } from '@/lib/evidence/evidenceRepo';
import { evidenceFacts, type EvidenceFact } from '@/lib/evidence/evidenceFacts';

const CAPTURED = Date.UTC(2025, 2, 14, 15, 9);

function record(fields: Partial<EvidenceRecord> = {}): EvidenceRecord {
  return toEvidenceRecord(
    {
      id: 'clip-1',
      kind: 'selection',
      title: 'My title',
      note: '',
      url: 'https://example.org/article?id=1',
      capturedAt: CAPTURED,
      goalIds: [],
      skillIds: [],
      contentHash: 'ab'.repeat(32),
      mediaId: null,
      pageTitle: 'How plants eat light',
      ...fields,
    },
    CAPTURED,
  );
}

const options = { storedBytes: 12_345, locale: 'en-US', timeZone: 'UTC' };
const byKey = (facts: EvidenceFact[]) => Object.fromEntries(facts.map((f) => [f.key, f]));

describe('evidenceFacts', () => {
  it('lists everything known, in reading order', () => {
    const facts = evidenceFacts(
      record({
        canonicalUrl: 'https://example.org/article',
        siteName: 'Example Science',
        byline: 'Ada Lovelace',
        publishedTime: '2024-05-01T10:30:00Z',
        description: 'Photosynthesis, explained.',
        lang: 'fr-CA',
        source: 'context-menu',
        textFragmentUrl: 'https://example.org/article#:~:text=light',
      }),
      options,
    );
    expect(facts.map((f) => f.key)).toEqual([
      'page-title',
      'url',
      'canonical-url',
      'site',
      'byline',
      'published',
      'description',
      'lang',
      'captured',
      'kind',
      'source',
      'size',
      'content-hash',
      'text-fragment',
    ]);
    const f = byKey(facts);
    expect(f.url).toMatchObject({ kind: 'code', value: 'https://example.org/article?id=1' });
    expect(f.published).toMatchObject({ kind: 'time', dateTime: '2024-05-01T10:30:00.000Z' });
    expect(f.lang).toMatchObject({ value: 'Canadian French (fr-CA)' });
    expect(f.captured).toMatchObject({
      kind: 'time',
      value: 'Mar 14, 2025, 3:09 PM',
      dateTime: '2025-03-14T15:09:00.000Z',
    });
    expect(f.kind).toMatchObject({ value: 'Selected text' });
    expect(f.source).toMatchObject({ value: 'Right-click menu' });
    expect(f.size).toMatchObject({ value: '12.3 kB' });
    expect(f['content-hash']).toMatchObject({ kind: 'code', value: 'ab'.repeat(32) });
    expect(f['text-fragment']).toMatchObject({
      kind: 'link',
      href: 'https://example.org/article#:~:text=light',
    });
  });

  it('skips what is unknown, and a canonical URL that is the URL itself', () => {
    const facts = evidenceFacts(
      record({ canonicalUrl: 'https://example.org/article?id=1', contentHash: '' }),
      { ...options, storedBytes: null },
    );
    expect(facts.map((f) => f.key)).toEqual([
      'page-title',
      'url',
      'site',
      'captured',
      'kind',
      'source',
    ]);
    // Without a site name, the host stands in.
    expect(byKey(facts).site).toMatchObject({ value: 'example.org' });
  });

  it('shows a bare published day as that day in any time zone', () => {
    const facts = evidenceFacts(record({ publishedTime: '2024-05-01' }), {
      ...options,
      timeZone: 'Pacific/Honolulu',
    });
    expect(byKey(facts).published).toMatchObject({
      kind: 'time',
      dateTime: '2024-05-01',
      value: 'May 1, 2024',
    });
  });

  it('reads an ISO timestamp written with a space and an offset', () => {
    const facts = evidenceFacts(record({ publishedTime: '2024-05-01 12:30+02:00' }), options);
    expect(byKey(facts).published).toMatchObject({
      kind: 'time',
      dateTime: '2024-05-01T10:30:00.000Z',
    });
  });

  it('keeps a published date it cannot read as the page wrote it', () => {
    const facts = evidenceFacts(record({ publishedTime: 'Spring 2024' }), options);
    expect(byKey(facts).published).toMatchObject({ kind: 'text', value: 'Spring 2024' });
  });

  it('shows a language tag it cannot name as written', () => {
    const facts = evidenceFacts(record({ lang: 'not a tag!' }), options);
    expect(byKey(facts).lang).toMatchObject({ value: 'not a tag!' });
  });

  it('says when nothing but the details is stored', () => {
    const facts = evidenceFacts(record({ kind: 'link' }), { ...options, storedBytes: 0 });
    expect(byKey(facts).size).toMatchObject({ value: 'No saved copy, only these details' });
  });

  it('never offers a text-fragment link that is not a web page', () => {
    const facts = evidenceFacts(record({ textFragmentUrl: 'javascript:alert(1)' }), options);
    expect(byKey(facts)['text-fragment']).toMatchObject({ kind: 'code' });
  });
});

import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadViewerContent } from '@/lib/capture/loadViewerContent';
import type { EvidenceRecord } from '@/lib/db/records';
import type { PlpDatabase } from '@/lib/db/schema';
import { toEvidenceRecord } from '@/lib/evidence/evidenceRepo';
import { freshDb } from '../testDb';
import { findLiveContent } from './findLiveContent';

const { window } = new JSDOM('');
const deps = {
  parse: (html: string) => new window.DOMParser().parseFromString(html, 'text/html'),
  window: window as unknown as Window,
};

let db: PlpDatabase;
beforeEach(() => {
  db = freshDb();
});

async function store(
  fields: Partial<EvidenceRecord>,
  media?: { blob: Blob; mimeType: string },
): Promise<EvidenceRecord> {
  const id = `clip-${Math.random().toString(36).slice(2)}`;
  const mediaId = media ? `${id}-media` : (fields.mediaId ?? null);
  if (media) {
    await db.media.add({
      id: mediaId!,
      ownerId: id,
      mimeType: media.mimeType,
      size: media.blob.size,
      blob: media.blob,
      createdAt: 1,
    });
  }
  const record = toEvidenceRecord(
    {
      id,
      kind: 'snapshot',
      title: 'My clip',
      note: '',
      url: 'https://example.org/page',
      capturedAt: 1_700_000_000_000,
      goalIds: [],
      skillIds: [],
      contentHash: 'hash',
      ...fields,
      mediaId,
      thumbnailMediaId: null,
    },
    1,
  );
  await db.evidence.add(record);
  return record;
}

describe('loadViewerContent', () => {
  it('converts an MHTML snapshot', async () => {
    const mhtml = readFileSync('test/fixtures/mhtml/mhtml-rich-html.mhtml');
    const record = await store({}, { blob: new Blob([mhtml]), mimeType: 'multipart/related' });
    const content = await loadViewerContent(db, record.id, deps);
    expect(content.status).toBe('ready');
    if (content.status !== 'ready') return;
    expect(content.record.id).toBe(record.id);
    expect(content.html).toContain('Café, naïve');
    expect(findLiveContent(content.html, deps.parse)).toEqual([]);
  });

  it('shows a Firefox single-file snapshot (text/html) through the same inert pass', async () => {
    const page =
      '<!DOCTYPE html><html><head><style>p { color: red }</style></head><body><p onclick="x()">Saved page</p><script>x()</script></body></html>';
    const record = await store(
      { kind: 'snapshot' },
      { blob: new Blob([page]), mimeType: 'text/html' },
    );
    const content = await loadViewerContent(db, record.id, deps);
    expect(content.status === 'ready' && content.html).toBe(
      '<!DOCTYPE html>\n<html><head><style>p { color: red }</style></head><body><p>Saved page</p></body></html>',
    );
  });

  it('puts an article in a readable page, in its language and direction', async () => {
    const article =
      '<h1>مقالة</h1><p>نص <img src="https://example.org/remote.png" alt="صورة"></p><script>x()</script>';
    const record = await store(
      { kind: 'article', lang: 'ar', dir: 'rtl' },
      { blob: new Blob([article]), mimeType: 'text/html' },
    );
    const content = await loadViewerContent(db, record.id, deps);
    if (content.status !== 'ready') throw new Error(content.status);
    const doc = deps.parse(content.html);
    expect(doc.documentElement.getAttribute('lang')).toBe('ar');
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
    expect(doc.querySelector('style')?.textContent).toContain('max-width');
    expect(doc.querySelector('h1')?.textContent).toBe('مقالة');
    expect(doc.querySelector('img')?.hasAttribute('src')).toBe(false);
    expect(findLiveContent(content.html, deps.parse)).toEqual([]);
  });

  it('says "not found" for an unknown or empty id', async () => {
    expect(await loadViewerContent(db, 'nope', deps)).toEqual({ status: 'not-found', id: 'nope' });
    expect((await loadViewerContent(db, '', deps)).status).toBe('not-found');
  });

  it('says "no media" for a clip without media, or whose media row is gone', async () => {
    const link = await store({ kind: 'link' });
    expect((await loadViewerContent(db, link.id, deps)).status).toBe('no-media');
    const orphan = await store({ mediaId: 'missing-media' });
    const content = await loadViewerContent(db, orphan.id, deps);
    expect(content.status).toBe('no-media');
    expect('record' in content && content.record.title).toBe('My clip');
  });

  it('says "unreadable" for corrupt media, with the record still there', async () => {
    const record = await store(
      {},
      { blob: new Blob(['not an archive']), mimeType: 'multipart/related' },
    );
    const content = await loadViewerContent(db, record.id, deps);
    expect(content.status).toBe('unreadable');
    expect('record' in content && content.record.id).toBe(record.id);
  });

  it('shows screenshots as images', async () => {
    const record = await store(
      { kind: 'visible' },
      { blob: new Blob(['png']), mimeType: 'image/png' },
    );
    const content = await loadViewerContent(db, record.id, deps);
    expect(content.status).toBe('image');
    expect(content.status === 'image' && (await content.images[0]!.text())).toBe('png');
  });

  it('says "unsupported" for media that is neither a page nor an image', async () => {
    const record = await store(
      { kind: 'visible' },
      { blob: new Blob(['%PDF']), mimeType: 'application/pdf' },
    );
    expect(await loadViewerContent(db, record.id, deps)).toMatchObject({
      status: 'unsupported',
      mimeType: 'application/pdf',
    });
  });
});

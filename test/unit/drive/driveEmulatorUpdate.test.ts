/** files.update with a resumable upload, and descriptions: the emulator must answer as Drive does. */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DriveEmulator, startDriveEmulator } from '../../drive/driveEmulator';
import { testBytes } from './driveTestHarness';

let emulator: DriveEmulator;
const auth = { Authorization: 'Bearer valid-token' };
const md5 = (data: Uint8Array) => createHash('md5').update(data).digest('hex');

beforeEach(async () => {
  emulator = await startDriveEmulator();
});
afterEach(async () => {
  await emulator.close();
});

/** Initiates a session (POST creates, PATCH on a file id updates) and returns its URI. */
async function initiate(method: 'POST' | 'PATCH', path: string, size: number, metadata: object) {
  return fetch(`${emulator.url}${path}?uploadType=resumable&fields=id,name,md5Checksum`, {
    method,
    headers: {
      ...auth,
      'Content-Type': 'application/json; charset=UTF-8',
      'X-Upload-Content-Type': 'image/png',
      'X-Upload-Content-Length': String(size),
    },
    body: JSON.stringify(metadata),
  });
}

async function putAll(uri: string, bytes: Uint8Array<ArrayBuffer>) {
  const range = `bytes 0-${bytes.length - 1}/${bytes.length}`;
  return fetch(uri, { method: 'PUT', headers: { 'Content-Range': range }, body: bytes });
}

async function createPoster(bytes: Uint8Array<ArrayBuffer>) {
  const started = await initiate('POST', '/upload/drive/v3/files', bytes.length, {
    name: 'poster.png',
    description: 'First draft',
    appProperties: { plpItemId: 'e1', plpHash: 'a', keep: 'me' },
  });
  const done = await putAll(started.headers.get('Location')!, bytes);
  return (await done.json()) as { id: string; md5Checksum: string };
}

describe('files.update with a resumable upload (PATCH)', () => {
  it('replaces the content of the same file, merges appProperties and keeps the id', async () => {
    const created = await createPoster(testBytes(1000, 1));
    const parents = emulator.files[0]!.parents;
    const newBytes = testBytes(700, 2);

    const started = await initiate(
      'PATCH',
      `/upload/drive/v3/files/${created.id}`,
      newBytes.length,
      { name: 'poster v2.png', description: 'Final', appProperties: { plpHash: 'b' } },
    );
    expect(started.status).toBe(200);
    const uri = started.headers.get('Location')!;
    expect(uri).toMatch(/upload_id=/);
    const done = await putAll(uri, newBytes);
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({
      id: created.id,
      name: 'poster v2.png',
      md5Checksum: md5(newBytes),
    });

    expect(emulator.files).toHaveLength(1);
    const file = emulator.files[0]!;
    expect(file.content).toEqual(Buffer.from(newBytes));
    expect(file.appProperties).toEqual({ plpItemId: 'e1', plpHash: 'b', keep: 'me' });
    expect(file.description).toBe('Final');
    expect(file.parents).toEqual(parents);
    expect(emulator.log.filter((e) => e.kind === 'initiate').map((e) => e.method)).toEqual([
      'POST',
      'PATCH',
    ]);
  });

  it('answers 404 for an unknown file and 403 for parents in an update', async () => {
    expect((await initiate('PATCH', '/upload/drive/v3/files/nope', 10, {})).status).toBe(404);
    const created = await createPoster(testBytes(10));
    const moving = await initiate('PATCH', `/upload/drive/v3/files/${created.id}`, 10, {
      parents: ['elsewhere'],
    });
    expect(moving.status).toBe(403);
    expect(moving.headers.get('Location')).toBeNull();
  });
});

describe('description', () => {
  it('is kept from files.create and returned by get and list only when asked for', async () => {
    const created = await createPoster(testBytes(10));
    const get = (fields: string) =>
      fetch(`${emulator.url}/drive/v3/files/${created.id}?fields=${fields}`, {
        headers: auth,
      }).then((response) => response.json());
    expect(await get('id,description')).toEqual({ id: created.id, description: 'First draft' });
    expect(await get('id')).toEqual({ id: created.id });

    const metadataOnly = await fetch(`${emulator.url}/drive/v3/files?fields=id,description`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'notes', description: 'Made by hand' }),
    });
    expect(await metadataOnly.json()).toMatchObject({ description: 'Made by hand' });

    const url = new URL(`${emulator.url}/drive/v3/files`);
    url.searchParams.set('q', 'trashed = false');
    url.searchParams.set('fields', 'files(name,description)');
    const listed = (await (await fetch(url, { headers: auth })).json()) as { files: unknown[] };
    expect(listed.files).toEqual([
      { name: 'poster.png', description: 'First draft' },
      { name: 'notes', description: 'Made by hand' },
    ]);
  });
});

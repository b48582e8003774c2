/** The emulator itself must speak Drive's protocol exactly, or client tests prove nothing. */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type DriveEmulator,
  FOLDER_MIME_TYPE,
  startDriveEmulator,
} from '../../drive/driveEmulator';
import { KIB, testBytes } from './driveTestHarness';

let emulator: DriveEmulator;
const auth = { Authorization: 'Bearer valid-token' };

beforeEach(async () => {
  emulator = await startDriveEmulator();
});
afterEach(async () => {
  await emulator.close();
});

async function startSession(size: number, fields = 'id,name,md5Checksum,size') {
  const response = await fetch(
    `${emulator.url}/upload/drive/v3/files?uploadType=resumable&fields=${fields}`,
    {
      method: 'POST',
      headers: {
        ...auth,
        'Content-Type': 'application/json',
        'X-Upload-Content-Type': 'video/webm',
        'X-Upload-Content-Length': String(size),
      },
      body: JSON.stringify({ name: 'clip.webm', appProperties: { plpItemId: 'e1' } }),
    },
  );
  expect(response.status).toBe(200);
  return response.headers.get('Location')!;
}

const put = (uri: string, range: string, body: Uint8Array<ArrayBuffer>) =>
  fetch(uri, { method: 'PUT', headers: { 'Content-Range': range }, body, redirect: 'manual' });

describe('resumable upload protocol', () => {
  it('answers 308 without Location, with a Range of the persisted bytes, then 200 + metadata', async () => {
    const bytes = testBytes(600 * KIB);
    const uri = await startSession(bytes.length);
    expect(uri).toMatch(/upload_id=/);

    const first = await put(
      uri,
      `bytes 0-${256 * KIB - 1}/${bytes.length}`,
      bytes.subarray(0, 256 * KIB),
    );
    expect(first.status).toBe(308);
    expect(first.headers.get('Location')).toBeNull();
    expect(first.headers.get('Range')).toBe(`bytes=0-${256 * KIB - 1}`);

    const status = await put(uri, `bytes */${bytes.length}`, new Uint8Array(0));
    expect(status.status).toBe(308);
    expect(status.headers.get('Range')).toBe(`bytes=0-${256 * KIB - 1}`);

    const last = await put(
      uri,
      `bytes ${256 * KIB}-${bytes.length - 1}/${bytes.length}`,
      bytes.subarray(256 * KIB),
    );
    expect(last.status).toBe(200);
    const file = (await last.json()) as Record<string, string>;
    expect(Object.keys(file).sort()).toEqual(['id', 'md5Checksum', 'name', 'size']);
    expect(file.md5Checksum).toBe(createHash('md5').update(bytes).digest('hex'));
    expect(file.size).toBe(String(bytes.length));
    expect(emulator.files).toHaveLength(1);
    expect(emulator.files[0]!.appProperties).toEqual({ plpItemId: 'e1' });
    expect(emulator.files[0]!.mimeType).toBe('video/webm');
  });

  it('omits Range while nothing is persisted, and keeps only whole 256 KiB units of a non-final chunk', async () => {
    const uri = await startSession(1024 * KIB);
    const empty = await put(uri, 'bytes */1048576', new Uint8Array(0));
    expect(empty.status).toBe(308);
    expect(empty.headers.get('Range')).toBeNull();
    const odd = await put(uri, `bytes 0-${300 * KIB - 1}/1048576`, testBytes(300 * KIB));
    expect(odd.headers.get('Range')).toBe(`bytes=0-${256 * KIB - 1}`);
  });

  it('rejects a chunk that leaves a gap, and 404s an expired session', async () => {
    const uri = await startSession(1024 * KIB);
    const gap = await put(uri, `bytes ${256 * KIB}-${512 * KIB - 1}/1048576`, testBytes(256 * KIB));
    expect(gap.status).toBe(400);
    emulator.expireAllSessions();
    const gone = await put(uri, 'bytes */1048576', new Uint8Array(0));
    expect(gone.status).toBe(404);
  });

  it('answers a status query on a finished session with the file', async () => {
    const bytes = testBytes(10);
    const uri = await startSession(bytes.length);
    expect((await put(uri, 'bytes 0-9/10', bytes)).status).toBe(200);
    const again = await put(uri, 'bytes */10', new Uint8Array(0));
    expect(again.status).toBe(200);
    expect(emulator.files).toHaveLength(1);
  });

  it('can cut the connection mid-chunk, keeping the received bytes or not', async () => {
    const bytes = testBytes(1024 * KIB);
    const uri = await startSession(bytes.length);
    emulator.inject({ kind: 'dropConnection', afterBytes: 600 * KIB, keepReceived: true });
    await expect(put(uri, 'bytes 0-1048575/1048576', bytes)).rejects.toThrow(TypeError);
    const status = await put(uri, 'bytes */1048576', new Uint8Array(0));
    expect(status.headers.get('Range')).toBe(`bytes=0-${512 * KIB - 1}`);

    emulator.inject({ kind: 'dropConnection', afterBytes: 100 * KIB, keepReceived: false });
    await expect(
      put(uri, `bytes ${512 * KIB}-1048575/1048576`, bytes.subarray(512 * KIB)),
    ).rejects.toThrow(TypeError);
    const after = await put(uri, 'bytes */1048576', new Uint8Array(0));
    expect(after.headers.get('Range')).toBe(`bytes=0-${512 * KIB - 1}`);
  });
});

describe('files.create, list and get', () => {
  const create = (body: object) =>
    fetch(`${emulator.url}/drive/v3/files?fields=id,name,mimeType,parents`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).then((response) => response.json() as Promise<Record<string, unknown>>);
  const list = async (q: string, fields = 'files(id,name)') => {
    const url = new URL(`${emulator.url}/drive/v3/files`);
    url.searchParams.set('q', q);
    url.searchParams.set('fields', fields);
    return fetch(url, { headers: auth });
  };
  const names = async (q: string) =>
    ((await (await list(q)).json()) as { files: { name: string }[] }).files
      .map((file) => file.name)
      .sort();

  it('creates folders and filters by name, parent, trashed, mimeType and appProperties', async () => {
    const root = await create({
      name: 'PLP',
      mimeType: FOLDER_MIME_TYPE,
      appProperties: { plpFolderKey: 'root' },
    });
    expect(root.parents).toEqual(['root']);
    await create({ name: "Kid's goals", mimeType: FOLDER_MIME_TYPE, parents: [root.id] });
    await create({ name: 'notes.txt', parents: [root.id], appProperties: { plpItemId: 'x' } });
    emulator.seedFile({ name: 'PLP', mimeType: FOLDER_MIME_TYPE, trashed: true });

    expect(await names("name = 'PLP'")).toEqual(['PLP', 'PLP']);
    expect(await names("name = 'PLP' and trashed = false")).toEqual(['PLP']);
    expect(
      await names(`'${String(root.id)}' in parents and mimeType = '${FOLDER_MIME_TYPE}'`),
    ).toEqual(["Kid's goals"]);
    expect(await names("name = 'Kid\\'s goals'")).toEqual(["Kid's goals"]);
    expect(await names("appProperties has { key='plpItemId' and value='x' }")).toEqual([
      'notes.txt',
    ]);
    expect(
      await names(
        "appProperties has { key='plpFolderKey' and value='root' } or name contains 'notes'",
      ),
    ).toEqual(['PLP', 'notes.txt']);
    expect(
      await names("not (mimeType = 'application/vnd.google-apps.folder') and trashed != true"),
    ).toEqual(['notes.txt']);
  });

  it('rejects query syntax Drive would not accept with 400', async () => {
    for (const q of [
      'name = PLP',
      "name == 'x'",
      "owner = 'me'",
      "name = 'x' and",
      "'x' in owners",
      "name = 'x",
    ]) {
      expect((await list(q)).status, q).toBe(400);
    }
  });

  it('returns only the requested fields, with md5Checksum and size for binary files', async () => {
    const boundary = 'b0undary';
    const media = testBytes(1000);
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n${JSON.stringify({ name: 'a.bin', description: 'A caption' })}\r\n`,
      ),
      Buffer.from(`--${boundary}\r\nContent-Type: application/octet-stream\r\n\r\n`),
      media,
      Buffer.from(`\r\n--${boundary}--`),
    ]);
    const created = await fetch(`${emulator.url}/upload/drive/v3/files?uploadType=multipart`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': `multipart/related; boundary=${boundary}` },
      body,
    });
    const file = (await created.json()) as Record<string, string>;
    expect(Object.keys(file).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);

    const got = await fetch(
      `${emulator.url}/drive/v3/files/${file.id}?fields=md5Checksum,size,description`,
      { headers: auth },
    );
    expect(await got.json()).toEqual({
      md5Checksum: createHash('md5').update(media).digest('hex'),
      size: '1000',
      description: 'A caption',
    });
    const content = await fetch(`${emulator.url}/drive/v3/files/${file.id}?alt=media`, {
      headers: auth,
    });
    expect(new Uint8Array(await content.arrayBuffer())).toEqual(media);
  });

  it('answers 401 for a missing, unknown or expired token', async () => {
    expect((await fetch(`${emulator.url}/drive/v3/files`)).status).toBe(401);
    expect(
      (await fetch(`${emulator.url}/drive/v3/files`, { headers: { Authorization: 'Bearer nope' } }))
        .status,
    ).toBe(401);
    emulator.expireToken('valid-token');
    expect((await fetch(`${emulator.url}/drive/v3/files`, { headers: auth })).status).toBe(401);
  });

  it('serves injected 429 with Retry-After once, then recovers', async () => {
    emulator.inject({ kind: 'status', status: 429, retryAfterSeconds: 7, on: 'list' });
    const limited = await list("name = 'x'");
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('7');
    expect((await list("name = 'x'")).status).toBe(200);
  });
});

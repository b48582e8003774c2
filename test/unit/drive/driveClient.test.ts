/** Folders, de-duplication by appProperties and token handling, against the real emulator. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FOLDER_MIME_TYPE } from '../../drive/driveEmulator';
import { type Harness, startHarness, testBytes } from './driveTestHarness';

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(async () => {
  await harness.emulator.close();
});

const folders = () => harness.emulator.files.filter((file) => file.mimeType === FOLDER_MIME_TYPE);

describe('ensureFolder', () => {
  it('never duplicates a folder across two runs (two client instances)', async () => {
    const first = harness.newClient();
    const root = await first.ensureFolder('PLP Companion', 'root', { key: 'root' });
    const goal = await first.ensureFolder("Goal: Maya's reading", root.id, { key: 'goal:1' });

    const second = harness.newClient();
    expect((await second.ensureFolder('PLP Companion', 'root', { key: 'root' })).id).toBe(root.id);
    expect((await second.ensureFolder("Goal: Maya's reading", root.id, { key: 'goal:1' })).id).toBe(
      goal.id,
    );
    expect(folders()).toHaveLength(2);
    expect(harness.emulator.files.find((file) => file.id === root.id)?.appProperties).toEqual({
      plpFolderKey: 'root',
    });
  });

  it('shares one lookup between concurrent calls for the same folder', async () => {
    const client = harness.newClient();
    const [a, b, c] = await Promise.all([
      client.ensureFolder('PLP', 'root', { key: 'root' }),
      client.ensureFolder('PLP', 'root', { key: 'root' }),
      client.ensureFolder('PLP', 'root', { key: 'root' }),
    ]);
    expect(new Set([a.id, b.id, c.id]).size).toBe(1);
    expect(folders()).toHaveLength(1);
  });

  it('escapes quotes and backslashes in folder names', async () => {
    const name = "Maya's \\ notes";
    const client = harness.newClient();
    const first = await client.ensureFolder(name, 'root');
    expect((await client.ensureFolder(name, 'root')).id).toBe(first.id);
    expect(folders().map((folder) => folder.name)).toEqual([name]);
  });

  it('finds its folder by key after the student renames it', async () => {
    const client = harness.newClient();
    const root = await client.ensureFolder('PLP Companion', 'root', { key: 'root' });
    harness.emulator.files.find((file) => file.id === root.id)!.name = 'My school stuff';
    expect((await client.ensureFolder('PLP Companion', 'root', { key: 'root' })).id).toBe(root.id);
    expect(folders()).toHaveLength(1);
  });

  it('reuses a same-named folder, but ignores trashed ones and ones in other parents', async () => {
    const trashed = harness.emulator.seedFile({
      name: 'PLP',
      mimeType: FOLDER_MIME_TYPE,
      trashed: true,
    });
    const elsewhere = harness.emulator.seedFile({
      name: 'PLP',
      mimeType: FOLDER_MIME_TYPE,
      parents: ['other'],
    });
    const mine = harness.emulator.seedFile({ name: 'PLP', mimeType: FOLDER_MIME_TYPE });
    const found = await harness.newClient().ensureFolder('PLP', 'root');
    expect(found.id).toBe(mine.id);
    expect([trashed.id, elsewhere.id]).not.toContain(found.id);
    expect(folders()).toHaveLength(3);
  });

  it('does not create a second folder when the create request hits a 503', async () => {
    harness.emulator.inject({ kind: 'status', status: 503, on: 'create' });
    await harness.newClient().ensureFolder('PLP', 'root');
    expect(folders()).toHaveLength(1);
  });

  it('lists again instead of re-creating when a create response is lost', async () => {
    let dropped = false;
    const client = harness.newClient({
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        // The folder was created, but the answer never arrived.
        if (init?.method === 'POST' && !dropped) {
          dropped = true;
          throw new TypeError('fetch failed');
        }
        return response;
      },
    });
    await client.ensureFolder('PLP', 'root');
    expect(folders()).toHaveLength(1);
  });
});

describe('uploadItem and findUploaded', () => {
  const request = (hash: string) => ({
    itemId: 'evidence-42',
    hash,
    blob: new Blob([testBytes(300 * 1024, hash.length)], { type: 'image/png' }),
    name: 'poster.png',
    parentId: 'root',
  });

  it('skips an unchanged item without sending a byte, and updates the same file when it changed', async () => {
    const first = await harness.newClient().uploadItem({ ...request('hash-a'), description: 'v1' });
    expect(first.skipped).toBe(false);
    expect(first.file.appProperties).toEqual({ plpItemId: 'evidence-42', plpHash: 'hash-a' });

    const logStart = harness.emulator.log.length;
    const again = await harness.newClient().uploadItem(request('hash-a'));
    expect(again).toEqual({ file: first.file, skipped: true });
    const afterSkip = harness.emulator.log.slice(logStart);
    expect(afterSkip.map((entry) => entry.kind)).toEqual(['list']);
    expect(afterSkip.reduce((sum, entry) => sum + entry.bodyBytes, 0)).toBe(0);

    const logBeforeChange = harness.emulator.log.length;
    const changedRequest = { ...request('hash-bb'), name: 'poster v2.png', description: 'v2' };
    const changed = await harness.newClient().uploadItem(changedRequest);
    expect(changed.skipped).toBe(false);
    expect(changed.file.id).toBe(first.file.id);
    expect(changed.file.md5Checksum).not.toBe(first.file.md5Checksum);
    const initiations = harness.emulator.log
      .slice(logBeforeChange)
      .filter((entry) => entry.kind === 'initiate');
    expect(initiations.map((entry) => [entry.method, new URL(entry.url).pathname])).toEqual([
      ['PATCH', `/upload/drive/v3/files/${first.file.id}`],
    ]);
    expect(harness.emulator.files).toHaveLength(1);
    const [file] = harness.emulator.files;
    expect(file!.content).toEqual(Buffer.from(await changedRequest.blob.arrayBuffer()));
    expect(file!.appProperties).toEqual({ plpItemId: 'evidence-42', plpHash: 'hash-bb' });
    expect([file!.name, file!.description]).toEqual(['poster v2.png', 'v2']);
  });

  it('updates only the first of duplicate files and skips when any already has the content', async () => {
    const tags = (hash: string) => ({ appProperties: { plpItemId: 'evidence-42', plpHash: hash } });
    const older = harness.emulator.seedFile({ name: 'a', ...tags('old-1') }, Buffer.from('1'));
    const other = harness.emulator.seedFile({ name: 'b', ...tags('old-2') }, Buffer.from('2'));

    const updated = await harness.newClient().uploadItem(request('hash-a'));
    expect(updated.file.id).toBe(older.id);
    expect(harness.emulator.files).toHaveLength(2);
    expect(other.content.toString()).toBe('2');
    expect(other.appProperties.plpHash).toBe('old-2');

    const logStart = harness.emulator.log.length;
    other.appProperties.plpHash = 'hash-bb';
    const again = await harness.newClient().uploadItem(request('hash-bb'));
    expect(again).toMatchObject({ skipped: true, file: { id: other.id } });
    expect(harness.emulator.log.slice(logStart).map((entry) => entry.kind)).toEqual(['list']);
  });

  it('creates a new file when the one it found is gone before the update', async () => {
    const { file } = await harness.newClient().uploadItem(request('hash-a'));
    const client = harness.newClient({
      fetch: async (input, init) => {
        // Deleted for good between files.list and the update's initiation.
        if (init?.method === 'PATCH') harness.emulator.deleteFile(file.id);
        return globalThis.fetch(input, init);
      },
    });
    const changed = await client.uploadItem(request('hash-bb'));
    expect(changed.skipped).toBe(false);
    expect(changed.file.id).not.toBe(file.id);
    expect(harness.emulator.files.map((entry) => entry.appProperties.plpHash)).toEqual(['hash-bb']);
  });

  it('finishes an update through a 503 on its initiation and a dropped chunk', async () => {
    const { file } = await harness.newClient().uploadItem(request('hash-a'));
    harness.emulator.inject({ kind: 'status', status: 503, on: 'initiate' });
    harness.emulator.inject({ kind: 'dropConnection', afterBytes: 1000, keepReceived: false });
    const changed = await harness
      .newClient()
      .uploadItem(request('hash-bb'), { chunkSize: 256 * 1024 });
    expect(harness.emulator.pendingFaults()).toBe(0);
    expect(changed.file.id).toBe(file.id);
    expect(harness.emulator.files).toHaveLength(1);
    expect(harness.emulator.files[0]!.appProperties.plpHash).toBe('hash-bb');
  });

  it('finds nothing for an item whose upload was trashed', async () => {
    const { file } = await harness.newClient().uploadItem(request('hash-a'));
    harness.emulator.files.find((entry) => entry.id === file.id)!.trashed = true;
    expect(await harness.newClient().findUploaded('evidence-42')).toEqual([]);
  });
});

describe('tokens', () => {
  it('refreshes an expired token once and retries', async () => {
    const client = harness.newClient();
    await client.listFiles("name = 'x'");
    harness.emulator.expireToken('token-0');
    await client.listFiles("name = 'x'");
    expect(harness.refreshCount()).toBe(1);
  });

  it('asks for a non-interactive token unless told otherwise', async () => {
    const asked: boolean[] = [];
    const client = harness.newClient({
      tokens: {
        getToken: async (interactive) => {
          asked.push(interactive);
          return 'token-0';
        },
        refreshToken: async () => 'token-0',
      },
    });
    await client.listFiles("name = 'x'");
    expect(asked).toEqual([false]);
  });

  it('surfaces a 401 that a refresh cannot fix', async () => {
    const client = harness.newClient({
      tokens: { getToken: async () => 'revoked', refreshToken: async () => 'still-revoked' },
    });
    await expect(client.listFiles("name = 'x'")).rejects.toMatchObject({
      code: 'http',
      status: 401,
    });
  });
});

/**
 * Runs inside the extension's dashboard page (bundled by esbuild, evaluated over CDP). Uploads one
 * blob through the product's Drive client (resumable protocol, 8 MiB chunks, MD5 check) to the
 * Drive emulator, and sends the same blob with one plain fetch PUT to a bare loopback server: the
 * most a browser can push over loopback, measured in the same page.
 */
import { createDriveClient } from '../../lib/export/drive/driveClient';

let blob: Blob | null = null;

function prepare(size: number): number {
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at += 65_536) {
    crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65_536)));
  }
  blob = new Blob([bytes], { type: 'video/mp4' });
  return blob.size;
}

async function uploadToDrive(baseUrl: string, token: string, name: string) {
  const client = createDriveClient({
    fetch: (input, init) => fetch(input, init),
    baseUrl,
    tokens: { getToken: async () => token, refreshToken: async () => token },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
  });
  const started = performance.now();
  const file = await client.uploadResumable(blob!, { name, mimeType: 'video/mp4' });
  return { ms: performance.now() - started, size: Number(file.size), md5: file.md5Checksum ?? '' };
}

async function rawCopy(url: string) {
  const started = performance.now();
  const response = await fetch(url, { method: 'PUT', body: blob });
  const received = Number(await response.text());
  return { ms: performance.now() - started, size: received };
}

Object.assign(globalThis, { __plpUploadBench: { prepare, uploadToDrive, rawCopy } });

/** Extension pages call Drive cross-origin without host permissions, so CORS must match Google's. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DriveEmulator, startDriveEmulator } from '../../drive/driveEmulator';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
let emulator: DriveEmulator;

beforeEach(async () => {
  emulator = await startDriveEmulator();
});
afterEach(async () => {
  await emulator.close();
});

describe('CORS', () => {
  it('answers a preflight without a token, logging nothing and consuming no fault', async () => {
    emulator.inject({ kind: 'status', status: 503 });
    const response = await fetch(`${emulator.url}/upload/drive/v3/files?upload_id=x`, {
      method: 'OPTIONS',
      headers: {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization,content-range,x-upload-content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
    expect(response.headers.get('Access-Control-Allow-Methods')).toBe(
      'GET,POST,PUT,PATCH,DELETE,OPTIONS',
    );
    expect(response.headers.get('Access-Control-Allow-Headers')).toBe(
      'authorization,content-range,x-upload-content-type',
    );
    expect(emulator.log).toEqual([]);
    expect(emulator.pendingFaults()).toBe(1);
  });

  it('lets a browser read Location and Range on every response, errors included', async () => {
    const initiate = await fetch(`${emulator.url}/upload/drive/v3/files?uploadType=resumable`, {
      method: 'POST',
      headers: { Origin: ORIGIN, Authorization: 'Bearer valid-token' },
      body: '{"name":"a.txt"}',
    });
    expect(initiate.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
    const exposed = (initiate.headers.get('Access-Control-Expose-Headers') ?? '').split(/,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(['Range', 'Location']));

    const chunk = await fetch(initiate.headers.get('Location')!, {
      method: 'PUT',
      headers: { 'Content-Range': 'bytes 0-262143/300000' },
      body: new Uint8Array(262144),
      redirect: 'manual',
    });
    expect(chunk.status).toBe(308);
    // No Origin header (a non-browser caller): the wildcard still lets any origin read it.
    expect(chunk.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(chunk.headers.get('Access-Control-Expose-Headers')).toContain('Range');

    const unauthorized = await fetch(`${emulator.url}/drive/v3/files`, {
      headers: { Origin: ORIGIN },
    });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
  });
});

/** Starts the Drive emulator and a client wired to it with Node's real fetch. */
import { createDriveClient, type DriveClient } from '@/lib/export/drive/driveClient';
import type { DriveClientDeps } from '@/lib/export/drive/driveTypes';
import { type DriveEmulator, startDriveEmulator } from '../../drive/driveEmulator';

export interface Harness {
  emulator: DriveEmulator;
  /** A new client instance, as after a service-worker restart. */
  newClient(overrides?: Partial<DriveClientDeps>): DriveClient;
  /** Every backoff the client asked for, in ms. */
  sleeps: number[];
  refreshCount(): number;
}

export async function startHarness(): Promise<Harness> {
  const emulator = await startDriveEmulator({ tokens: ['token-0'] });
  const sleeps: number[] = [];
  let refreshes = 0;
  const deps: DriveClientDeps = {
    fetch: globalThis.fetch,
    baseUrl: emulator.url,
    tokens: {
      getToken: async () => `token-${refreshes}`,
      refreshToken: async () => {
        refreshes++;
        const token = `token-${refreshes}`;
        emulator.acceptToken(token);
        return token;
      },
    },
    // Backoff is recorded, not waited for: tests assert on the delays without slowing down.
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
    },
    random: () => 0.5,
  };
  return {
    emulator,
    newClient: (overrides = {}) => createDriveClient({ ...deps, ...overrides }),
    sleeps,
    refreshCount: () => refreshes,
  };
}

/** Deterministic pseudo-random bytes, so a failing case can be reproduced. */
export function testBytes(length: number, seed = 1): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

export const KIB = 1024;

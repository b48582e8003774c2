import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { describeStorageError, isStorageError } from '@/lib/db/describeStorageError';
import { openDatabase } from '@/lib/db/openDatabase';
import { PlpDatabase } from '@/lib/db/schema';

describe('describeStorageError', () => {
  it('sees a full disk through Dexie’s AbortError wrapper', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const abort = new Dexie.AbortError('Transaction aborted', quota);
    expect(describeStorageError(abort).kind).toBe('full');
    expect(isStorageError(abort)).toBe(true);
  });

  it('calls a private-window failure "unavailable"', () => {
    const error = new Dexie.OpenFailedError(
      'open failed',
      new DOMException('nope', 'InvalidStateError'),
    );
    expect(describeStorageError(error)).toMatchObject({ kind: 'unavailable' });
  });

  it('does not mistake a programming error for a storage error', () => {
    expect(isStorageError(new TypeError('x is undefined'))).toBe(false);
    expect(describeStorageError(new TypeError('x')).kind).toBe('failed');
  });
});

describe('openDatabase', () => {
  it('opens a working database', async () => {
    expect(await openDatabase(new PlpDatabase(`open-${Math.random()}`))).toEqual({ ok: true });
  });

  it('reports, instead of throwing, when IndexedDB is missing', async () => {
    const db = new PlpDatabase(`missing-${Math.random()}`, {
      indexedDB: undefined as unknown as IDBFactory,
    });
    const original = globalThis.indexedDB;
    // Firefox private windows and some locked-down profiles behave like this.
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    try {
      const result = await openDatabase(db);
      expect(result).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { value: original, configurable: true });
    }
  });

  it('reports a database that fails to open', async () => {
    const failing = {
      open: () => {
        throw new Dexie.OpenFailedError('x', new DOMException('denied', 'SecurityError'));
      },
    } as unknown as Dexie;
    expect(await openDatabase(failing)).toMatchObject({
      ok: false,
      problem: { kind: 'unavailable' },
    });
  });
});

import type { BrowserContext } from '@playwright/test';

/**
 * Fault injection at the IndexedDB boundary, for the storage-failure banner.
 * Chromium's quota override (CDP Storage.overrideQuotaForOrigin) does not
 * apply to chrome-extension:// origins, so the browser's own IndexedDB is
 * wrapped instead, and only while a test flips the switch:
 * - `failWrites`: put/add throw QuotaExceededError, as on a full disk;
 * - `failOpen`: indexedDB.open throws InvalidStateError, as in a private window.
 * Both switches live in sessionStorage so they survive a reload.
 */
export async function installStorageFaults(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const flag = (name: string) => sessionStorage.getItem(`plp-fault:${name}`) === '1';
    const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (
        this: IDBObjectStore,
        ...args: Parameters<typeof original>
      ) {
        if (flag('failWrites')) throw quotaError();
        return original.apply(this, args);
      };
    }
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<typeof open>) {
      if (flag('failOpen'))
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      return open.apply(this, args);
    };
  });
}

export type StorageFault = 'failWrites' | 'failOpen';

import type { ExtensionSession } from '../launchExtension';

/**
 * How the full disk shows:
 * - 'throw': put/add throw a QuotaExceededError DOMException at once;
 * - 'abort': the writes succeed, then their transaction aborts as it is about to
 *   commit, with transaction.error = QuotaExceededError. That is how a full disk
 *   really surfaces in Chromium (Dexie rejects with an AbortError whose inner
 *   error is the QuotaExceededError).
 */
export type WorkerWriteFailure = 'throw' | 'abort';

/** What the fault inside the running service worker has done so far. */
export interface WorkerWriteFaultState {
  /** Whether writes fail now ("the disk is full"). */
  failing: boolean;
  how: WorkerWriteFailure;
  /** put/add calls refused (or let through to an aborted transaction) since first armed here. */
  failures: number;
  /** Transactions aborted at commit ('abort' mode) since first armed here. */
  aborts: number;
}

/*
 * A full disk for the extension's service worker, which stores clips. The
 * page-side fault (injectStorageFaults.ts, an init script) never runs in the
 * worker, and Chromium's quota override (CDP Storage.overrideQuotaForOrigin)
 * does not apply to chrome-extension:// origins, so the worker's own
 * IDBObjectStore.prototype.put/add are wrapped at runtime. The wrapping lives
 * only as long as this worker: a restarted worker starts clean, which is why
 * workerWriteFaultState() reports null then and a test checks it right
 * before the write it means to fail.
 */

/** Turns the fault on in the running worker (wrapping put/add the first time). */
export async function failServiceWorkerWrites(
  session: ExtensionSession,
  how: WorkerWriteFailure = 'throw',
): Promise<void> {
  await session.serviceWorker.evaluate((how) => {
    const holder = globalThis as unknown as { __plpE2eFailWrites?: WorkerWriteFaultState };
    if (holder.__plpE2eFailWrites) {
      Object.assign(holder.__plpE2eFailWrites, { failing: true, how });
      return;
    }
    const state: WorkerWriteFaultState = { failing: true, how, failures: 0, aborts: 0 };
    holder.__plpE2eFailWrites = state;
    const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    // 'abort' mode: writes issued per transaction, so it aborts only once the caller is done.
    const writes = new WeakMap<IDBTransaction, number>();
    const doomed = new WeakSet<IDBTransaction>();
    const count = IDBObjectStore.prototype.count;
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (
        this: IDBObjectStore,
        ...args: Parameters<typeof original>
      ) {
        if (!state.failing) return original.apply(this, args);
        state.failures += 1;
        if (state.how === 'throw') throw quotaError();
        const request = original.apply(this, args);
        const transaction = this.transaction;
        const storeName = this.name;
        writes.set(transaction, (writes.get(transaction) ?? 0) + 1);
        // Registered before the caller's onsuccess: the caller sees the write succeed.
        request.addEventListener('success', () => abortWhenIdle(transaction, storeName));
        return request;
      };
    }
    // A probe request queues behind the caller's; when it succeeds and the caller
    // wrote nothing new meanwhile, the transaction was about to commit. Only
    // writes count as the caller's activity: enough for a write-only transaction
    // such as a clip's save.
    function abortWhenIdle(transaction: IDBTransaction, storeName: string) {
      if (doomed.has(transaction)) return;
      doomed.add(transaction);
      const probe = () => {
        const before = writes.get(transaction);
        count.call(transaction.objectStore(storeName)).addEventListener('success', () => {
          if (writes.get(transaction) !== before) return probe();
          Object.defineProperty(transaction, 'error', { value: quotaError(), configurable: true });
          state.aborts += 1;
          transaction.abort();
        });
      };
      probe();
    }
  }, how);
}

/** "Space was freed": writes in the worker succeed again (the wrapping stays, switched off). */
export async function stopFailingServiceWorkerWrites(session: ExtensionSession): Promise<void> {
  await session.serviceWorker.evaluate(() => {
    const holder = globalThis as unknown as { __plpE2eFailWrites?: WorkerWriteFaultState };
    if (holder.__plpE2eFailWrites) holder.__plpE2eFailWrites.failing = false;
  });
}

/** The fault's state in the running worker; null when this worker was never armed (it restarted). */
export async function workerWriteFaultState(
  session: ExtensionSession,
): Promise<WorkerWriteFaultState | null> {
  return session.serviceWorker.evaluate(() => {
    const state = (globalThis as unknown as { __plpE2eFailWrites?: WorkerWriteFaultState })
      .__plpE2eFailWrites;
    return state ? { ...state } : null;
  });
}

import type { ExtensionSession } from '../launchExtension';
import { evaluateInOffscreen } from './offscreenTarget';

export interface QuotaFaultOptions {
  /** How many more writes to the store succeed before every later one fails. */
  afterWrites: number;
  /** Only writes to this object store fail, so the host can still save its bookkeeping. */
  store?: string;
  /**
   * How the failure shows:
   * - 'throw' (default): put/add throws a QuotaExceededError DOMException at once;
   * - 'abort': the put succeeds, then its transaction aborts with
   *   transaction.error = QuotaExceededError, which is how a full disk really
   *   surfaces in Chromium (Dexie rejects with an AbortError whose inner error
   *   is the QuotaExceededError).
   */
  mode?: 'throw' | 'abort';
}

export interface QuotaFaultState {
  /** Writes to the store let through since the fault was armed. */
  writes: number;
  /** Writes to the store failed so far. */
  failures: number;
}

/**
 * Arms a "disk full" fault inside the offscreen document (the recording host),
 * by wrapping IDBObjectStore.prototype.put/add there. Chromium's quota
 * override does not apply to extension origins (see injectStorageFaults.ts).
 * It lives as long as that document: a recreated host starts clean. Arm it
 * after the document exists (openOffscreenDocument) and before the chunks to
 * fail are written; arming again resets the count.
 */
export async function injectQuotaErrorInOffscreen(
  session: ExtensionSession,
  options: QuotaFaultOptions,
): Promise<void> {
  await evaluateInOffscreen(
    session,
    ({ afterWrites, store, mode }) => {
      type State = {
        afterWrites: number;
        store: string;
        mode: 'throw' | 'abort';
        active: boolean;
        writes: number;
        failures: number;
      };
      const holder = globalThis as unknown as { __plpE2eQuota?: State };
      const fresh = !holder.__plpE2eQuota;
      const state = (holder.__plpE2eQuota ??= {} as State);
      Object.assign(state, { afterWrites, store, mode, active: true, writes: 0, failures: 0 });
      if (!fresh) return;
      const quotaError = () =>
        new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (
          this: IDBObjectStore,
          ...args: Parameters<typeof original>
        ) {
          if (!state.active || this.name !== state.store) return original.apply(this, args);
          if (state.writes < state.afterWrites) {
            state.writes += 1;
            return original.apply(this, args);
          }
          state.failures += 1;
          if (state.mode === 'throw') throw quotaError();
          const request = original.apply(this, args);
          const transaction = this.transaction;
          // Registered before the caller's onsuccess: the caller sees the put succeed.
          request.addEventListener('success', () => abortWhenIdle(transaction));
          return request;
        };
      }
      // 'abort' mode fails the transaction at commit, as a full disk does: only
      // once the caller has no request left in it. A probe request queues
      // behind the caller's; when it succeeds and the caller issued nothing
      // new meanwhile, the transaction was about to commit.
      // Taken before the wrapping below, so the probe itself is never counted.
      const probeCount = IDBObjectStore.prototype.count;
      const issued = new WeakMap<IDBTransaction, number>();
      const doomed = new WeakSet<IDBTransaction>();
      const count = (transaction: IDBTransaction) =>
        issued.set(transaction, (issued.get(transaction) ?? 0) + 1);
      const requestMakers: [{ prototype: object }, string[], (self: never) => IDBTransaction][] = [
        [
          IDBObjectStore,
          [
            'put',
            'add',
            'get',
            'getAll',
            'getAllKeys',
            'getKey',
            'count',
            'delete',
            'clear',
            'openCursor',
            'openKeyCursor',
          ],
          (self: IDBObjectStore) => self.transaction,
        ],
        [
          IDBIndex,
          ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor'],
          (self: IDBIndex) => self.objectStore.transaction,
        ],
        [
          IDBCursor,
          ['continue', 'advance', 'continuePrimaryKey', 'update', 'delete'],
          (self: IDBCursor) => self.request.transaction!,
        ],
      ];
      for (const [type, methods, transactionOf] of requestMakers) {
        const proto = type.prototype as Record<string, (...a: unknown[]) => unknown>;
        for (const method of methods) {
          const inner = proto[method];
          if (!inner) continue;
          proto[method] = function (this: never, ...a: unknown[]) {
            count(transactionOf(this));
            return inner.apply(this, a);
          };
        }
      }
      function abortWhenIdle(transaction: IDBTransaction) {
        if (doomed.has(transaction)) return;
        doomed.add(transaction);
        const probe = () => {
          const before = issued.get(transaction) ?? 0;
          const request = probeCount.call(transaction.objectStore(state.store));
          request.addEventListener('success', () => {
            if ((issued.get(transaction) ?? 0) !== before) return probe();
            Object.defineProperty(transaction, 'error', {
              value: quotaError(),
              configurable: true,
            });
            transaction.abort();
          });
        };
        probe();
      }
    },
    {
      afterWrites: options.afterWrites,
      store: options.store ?? 'recordingChunks',
      mode: options.mode ?? 'throw',
    },
  );
}

/** Lifts the fault ("space was freed"); writes succeed again. */
export async function clearQuotaErrorInOffscreen(session: ExtensionSession): Promise<void> {
  await evaluateInOffscreen(session, () => {
    const holder = globalThis as unknown as { __plpE2eQuota?: { active: boolean } };
    if (holder.__plpE2eQuota) holder.__plpE2eQuota.active = false;
  });
}

/** How many writes the armed fault let through and failed; null when never armed in this document. */
export async function quotaFaultState(session: ExtensionSession): Promise<QuotaFaultState | null> {
  return evaluateInOffscreen(session, () => {
    const state = (globalThis as unknown as { __plpE2eQuota?: QuotaFaultState }).__plpE2eQuota;
    return state ? { writes: state.writes, failures: state.failures } : null;
  });
}

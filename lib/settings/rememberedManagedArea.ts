/**
 * Chromium loads a school's policy seconds after the browser starts: until then
 * storage.managed.get() stays pending (3-5 s measured here, and once over a minute), or answers
 * {} (w3c/webextensions#547). A clip or an export must not wait on that, and must not forget
 * the school's rules either, so each read is bounded and falls back to the policy read last time.
 */
import type { ManagedStorageArea } from './managedPolicy';

/** Where the last policy the browser gave is kept (storage.local in the extension). */
export interface PolicyMemory {
  recall(): Promise<Record<string, unknown> | null>;
  remember(raw: Record<string, unknown>): Promise<void>;
}

/** Long enough for a policy that is merely slow, short enough not to stall a clip. */
export const POLICY_READ_TIMEOUT_MS = 3_000;

/**
 * A managed area whose get() answers within `timeoutMs`: the browser's policy when it has one
 * ready (remembered for next time), otherwise the remembered one. A read that answers late
 * still updates the memory, so listeners of that storage learn the policy arrived. Rejects
 * (read as "no policy") only when neither is known.
 */
export function rememberedManagedArea(
  managed: ManagedStorageArea | undefined,
  memory: PolicyMemory,
  timeoutMs = POLICY_READ_TIMEOUT_MS,
): ManagedStorageArea | undefined {
  if (!managed) return undefined;
  return {
    async get() {
      const fresh = managed.get().then(async (raw) => {
        await rememberIfChanged(memory, raw);
        return raw;
      });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), timeoutMs);
      });
      try {
        const first = await Promise.race([fresh, late]);
        if (first !== 'late') return first;
      } finally {
        clearTimeout(timer);
      }
      fresh.catch(() => undefined);
      const remembered = await memory.recall().catch(() => null);
      if (remembered) return remembered;
      throw new Error('The school policy has not loaded yet.');
    },
  };
}

/**
 * Writes only a policy that differs from the one remembered: pages re-read the policy when the
 * memory changes, and some browsers (Firefox) report a write of the same value as a change.
 */
async function rememberIfChanged(memory: PolicyMemory, raw: Record<string, unknown>) {
  try {
    const known = await memory.recall();
    if (JSON.stringify(known) !== JSON.stringify(raw)) await memory.remember(raw);
  } catch {
    // Not remembering costs only the fallback for next time; the answer itself is good.
  }
}

import { describe, expect, it, vi } from 'vitest';
import { readManagedPolicy } from '@/lib/settings/managedPolicy';
import { type PolicyMemory, rememberedManagedArea } from '@/lib/settings/rememberedManagedArea';

function memoryHolding(initial: Record<string, unknown> | null) {
  let value = initial;
  const memory: PolicyMemory = {
    recall: async () => value,
    remember: async (raw) => {
      value = raw;
    },
  };
  return { memory, current: () => value };
}

/** A managed area whose get() answers only when the test says so, as Chromium's does at start-up. */
function slowManagedArea() {
  let answer: (raw: Record<string, unknown>) => void = () => undefined;
  const get = vi.fn(() => new Promise<Record<string, unknown>>((resolve) => (answer = resolve)));
  return { area: { get }, answer: (raw: Record<string, unknown>) => answer(raw) };
}

describe('rememberedManagedArea', () => {
  it('answers with the browser policy when it is ready, and remembers it', async () => {
    const { memory, current } = memoryHolding(null);
    const area = rememberedManagedArea({ get: async () => ({ recordingMaxMinutes: 7 }) }, memory);
    expect(await readManagedPolicy(area)).toEqual({ recordingMaxMinutes: 7 });
    expect(current()).toEqual({ recordingMaxMinutes: 7 });
  });

  it('falls back to the remembered policy when the browser has not loaded it in time', async () => {
    vi.useFakeTimers();
    try {
      const { memory, current } = memoryHolding({ blockedClipDomains: ['games.example'] });
      const slow = slowManagedArea();
      const reading = readManagedPolicy(rememberedManagedArea(slow.area, memory, 3_000));
      await vi.advanceTimersByTimeAsync(3_000);
      expect(await reading).toEqual({ blockedClipDomains: ['games.example'] });
      // The late answer still lands in memory, so the next read (and listeners) get it.
      slow.answer({ blockedClipDomains: ['games.example', 'chat.example'] });
      await vi.advanceTimersByTimeAsync(0);
      expect(current()).toEqual({ blockedClipDomains: ['games.example', 'chat.example'] });
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads as no policy when nothing loaded in time and nothing was remembered', async () => {
    vi.useFakeTimers();
    try {
      const reading = readManagedPolicy(
        rememberedManagedArea(slowManagedArea().area, memoryHolding(null).memory, 3_000),
      );
      await vi.advanceTimersByTimeAsync(3_000);
      expect(await reading).toEqual({});
    } finally {
      vi.useRealTimers();
    }
  });

  it('is absent where the browser has no managed storage', () => {
    expect(rememberedManagedArea(undefined, memoryHolding(null).memory)).toBeUndefined();
  });

  it('keeps answering when storage.local refuses to remember', async () => {
    const memory: PolicyMemory = {
      recall: async () => null,
      remember: () => Promise.reject(new Error('QuotaExceededError')),
    };
    const area = rememberedManagedArea({ get: async () => ({ dataRetentionDays: 30 }) }, memory);
    expect(await readManagedPolicy(area)).toEqual({ dataRetentionDays: 30 });
  });
});

describe('rememberedManagedArea memory writes', () => {
  it('writes the memory only when the policy changed, so listeners are not woken for nothing', async () => {
    const remember = vi.fn(async () => undefined);
    const memory: PolicyMemory = { recall: async () => ({ dataRetentionDays: 30 }), remember };
    const same = rememberedManagedArea({ get: async () => ({ dataRetentionDays: 30 }) }, memory);
    await readManagedPolicy(same);
    expect(remember).not.toHaveBeenCalled();
    const changed = rememberedManagedArea({ get: async () => ({ dataRetentionDays: 60 }) }, memory);
    await readManagedPolicy(changed);
    expect(remember).toHaveBeenCalledWith({ dataRetentionDays: 60 });
  });
});

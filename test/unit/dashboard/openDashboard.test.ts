import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDashboard } from '@/lib/dashboard/openDashboard';

describe('openDashboard', () => {
  const withContexts = (contexts: unknown[] | undefined) => ({
    ...fakeBrowser,
    runtime: { ...fakeBrowser.runtime, getContexts: contexts && (async () => contexts) },
  });

  it('opens a new dashboard tab at the route when none is open', async () => {
    await openDashboard(withContexts([]) as never, { view: 'goal', goalId: 'g1' });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url).filter(Boolean)).toEqual([
      'chrome-extension://test-extension-id/dashboard.html#/goal/g1',
    ]);
  });

  it('opens a tab where runtime.getContexts does not exist (older Firefox)', async () => {
    await openDashboard(withContexts(undefined) as never, { view: 'skills' });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url).filter(Boolean)).toEqual([
      'chrome-extension://test-extension-id/dashboard.html#/skills',
    ]);
  });

  it('focuses the open dashboard tab instead of opening another', async () => {
    const base = fakeBrowser.runtime.getURL('/dashboard.html');
    const existing = await fakeBrowser.tabs.create({ url: `${base}#/goals` });
    const browser = withContexts([
      { tabId: existing.id, windowId: existing.windowId, documentUrl: `${base}#/goals` },
    ]);
    const before = (await fakeBrowser.tabs.query({})).length;
    await openDashboard(browser as never, { view: 'skills' });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.length).toBe(before);
    expect((await fakeBrowser.tabs.get(existing.id!)).url).toBe(`${base}#/skills`);
  });
});

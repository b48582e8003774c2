import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpOnboarding } from '@/lib/background/setUpOnboarding';

async function install(reason: 'install' | 'update', done = false) {
  setUpOnboarding(fakeBrowser, async () => done);
  await fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false } as never);
  // The listener's work is asynchronous; let it settle.
  await new Promise((resolve) => setTimeout(resolve, 0));
  // fakeBrowser starts with one blank tab of its own; only the tabs this opened count.
  return (await fakeBrowser.tabs.query({})).flatMap((tab) => (tab.url ? [tab.url] : []));
}

describe('setUpOnboarding', () => {
  it('opens the welcome tour in a dashboard tab on a fresh install', async () => {
    const urls = await install('install');
    expect(urls).toEqual([fakeBrowser.runtime.getURL('/dashboard.html') + '#/welcome']);
  });

  it('does not open it on an update, or when the tour was already done', async () => {
    expect(await install('update')).toEqual([]);
    fakeBrowser.reset();
    expect(await install('install', true)).toEqual([]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { setUpClipMenus, QUICK_CLIP_COMMAND } from '@/lib/background/setUpClipMenus';
import type { ClipTools } from '@/lib/clip/clipTools';

type Listener = (...args: never[]) => unknown;

/** An event double: records listeners so the test can fire them as the browser would. */
function event() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => listeners.push(listener),
    fire: (...args: unknown[]) =>
      listeners.forEach((listener) => (listener as (...a: unknown[]) => unknown)(...args)),
  };
}

/**
 * A browser double just wide enough for the menus and the shortcut. The tab is
 * a browser page, so every clip fails at the first check, before anything is
 * injected: what is tested here is the wiring, not the capture.
 */
function browserDouble() {
  return {
    contextMenus: { removeAll: vi.fn(async () => undefined), create: vi.fn(), onClicked: event() },
    runtime: {
      onInstalled: event(),
      onStartup: event(),
      getURL: (path: string) => `chrome-extension://test${path}`,
      id: 'test',
    },
    commands: { onCommand: event() },
    tabs: {
      get: vi.fn(async (id: number) => ({ id, windowId: 1, url: 'chrome://settings' })),
      query: vi.fn(async () => [{ id: 9, windowId: 1 }]),
    },
    windows: { create: vi.fn(async () => ({})) },
    scripting: {},
    extension: { isAllowedFileSchemeAccess: async () => false },
    action: { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() },
  };
}

const tools = () => ({}) as ClipTools;

describe('setUpClipMenus', () => {
  it('creates the four menu entries on install', async () => {
    const browser = browserDouble();
    setUpClipMenus(browser as never, tools);
    browser.runtime.onInstalled.fire({ reason: 'install' });
    await vi.waitFor(() => expect(browser.contextMenus.create).toHaveBeenCalledTimes(4));
    expect(
      browser.contextMenus.create.mock.calls.map(([item]) => [item.id, item.contexts, item.title]),
    ).toEqual([
      ['plp-clip-page', ['page'], 'Clip this page to my PLP'],
      ['plp-clip-selection', ['selection'], 'Clip selected text to my PLP'],
      ['plp-clip-image', ['image'], 'Clip this image to my PLP'],
      ['plp-clip-link', ['link'], 'Save this link to my PLP'],
    ]);
  });

  it('creates them again at each browser start, in the language the browser has then', async () => {
    const browser = browserDouble();
    setUpClipMenus(browser as never, tools);
    browser.runtime.onStartup.fire();
    await vi.waitFor(() => expect(browser.contextMenus.create).toHaveBeenCalledTimes(4));
    expect(browser.contextMenus.removeAll).toHaveBeenCalledTimes(1);
  });

  it('a menu clip that cannot happen opens the sheet with the reason', async () => {
    const browser = browserDouble();
    setUpClipMenus(browser as never, tools);
    browser.contextMenus.onClicked.fire(
      { menuItemId: 'plp-clip-selection', selectionText: 'x' },
      { id: 5 },
    );
    await vi.waitFor(() => expect(browser.windows.create).toHaveBeenCalled());
    const [options] = browser.windows.create.mock.calls[0] as unknown as [
      { url: string; type: string },
    ];
    expect(options.type).toBe('popup');
    expect(options.url).toBe('chrome-extension://test/clipsheet.html#failed/browser-page/0/5');
  });

  it('ignores other menu items and other commands', async () => {
    const browser = browserDouble();
    setUpClipMenus(browser as never, tools);
    browser.contextMenus.onClicked.fire({ menuItemId: 'someone-else' }, { id: 5 });
    browser.commands.onCommand.fire('another-command', { id: 5 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(browser.tabs.get).not.toHaveBeenCalled();
  });

  it('the quick-clip shortcut clips the active tab, and says why when it cannot', async () => {
    const browser = browserDouble();
    setUpClipMenus(browser as never, tools);
    browser.commands.onCommand.fire(QUICK_CLIP_COMMAND, undefined);
    await vi.waitFor(() => expect(browser.windows.create).toHaveBeenCalled());
    expect(browser.tabs.query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    expect(browser.tabs.get).toHaveBeenCalledWith(9);
    const [options] = browser.windows.create.mock.calls[0] as unknown as [{ url: string }];
    expect(options.url).toContain('#failed/browser-page/0/9');
    expect(browser.action.setBadgeText).not.toHaveBeenCalled();
  });
});

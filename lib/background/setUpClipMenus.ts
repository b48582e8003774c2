import { i18n } from '#i18n';
import type { ExtensionApi } from '../extensionApi';
import type { EvidenceKind } from '../db/records';
import { lastUsedTags } from '../clip/lastUsedTags';
import type { ClipRequest } from '../clip/clipRequest';
import type { ClipTools } from '../clip/clipTools';
import { clipDeps, openClipSheet, runClip } from './clipService';

type Browser = Pick<
  ExtensionApi,
  | 'contextMenus'
  | 'runtime'
  | 'tabs'
  | 'scripting'
  | 'extension'
  | 'windows'
  | 'commands'
  | 'action'
>;

/** Context-menu entries: id → which kind of clip it makes (the title is a locale key). */
const MENU: {
  id: string;
  titleKey: `background.menu.${'clipPage' | 'clipSelection' | 'clipImage' | 'saveLink'}`;
  contexts: ['page' | 'selection' | 'image' | 'link'];
  kind: EvidenceKind;
}[] = [
  {
    id: 'plp-clip-page',
    titleKey: 'background.menu.clipPage',
    contexts: ['page'],
    kind: 'visible',
  },
  {
    id: 'plp-clip-selection',
    titleKey: 'background.menu.clipSelection',
    contexts: ['selection'],
    kind: 'selection',
  },
  {
    id: 'plp-clip-image',
    titleKey: 'background.menu.clipImage',
    contexts: ['image'],
    kind: 'image',
  },
  { id: 'plp-clip-link', titleKey: 'background.menu.saveLink', contexts: ['link'], kind: 'link' },
];

export const QUICK_CLIP_COMMAND = 'quick-clip';

/**
 * Registers the context menu and the quick-clip shortcut. Listeners are added
 * synchronously (an event that woke the worker must find them); the menu
 * items themselves persist, so they are (re)created on install and update, and at each browser
 * start, in case the student changed the browser's language since.
 */
export function setUpClipMenus(browser: Browser, tools: () => ClipTools): void {
  const createMenus = () =>
    void browser.contextMenus.removeAll().then(() => {
      for (const item of MENU)
        browser.contextMenus.create({
          id: item.id,
          title: i18n.t(item.titleKey),
          contexts: item.contexts,
        });
    });
  browser.runtime.onInstalled.addListener(createMenus);
  browser.runtime.onStartup.addListener(createMenus);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const item = MENU.find((m) => m.id === info.menuItemId);
    if (!item || tab?.id === undefined) return;
    void (async () => {
      const request: ClipRequest = {
        tabId: tab.id!,
        kind: item.kind,
        source: 'context-menu',
        srcUrl: info.srcUrl,
        linkUrl: info.linkUrl,
        // Firefox reports the link's text; Chromium does not.
        linkText: (info as { linkText?: string }).linkText ?? info.selectionText,
        ...(await lastUsedTags.getValue()),
      };
      const outcome = await runClip(clipDeps(browser, tools()), request);
      await openClipSheet(browser, outcome, request);
    })();
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== QUICK_CLIP_COMMAND) return;
    void quickClip(browser, tools, tab?.id);
  });
}

/** The shortcut: the visible area, straight to the last-used goals, with a badge as the receipt. */
async function quickClip(
  browser: Browser,
  tools: () => ClipTools,
  tabId: number | undefined,
): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (id === undefined) return;
  const request: ClipRequest = {
    tabId: id,
    kind: 'visible',
    source: 'shortcut',
    ...(await lastUsedTags.getValue()),
  };
  const outcome = await runClip(clipDeps(browser, tools()), request);
  if (!outcome.ok) {
    // A failed quick clip must not be silent: the sheet says why.
    await openClipSheet(browser, outcome, request);
    return;
  }
  await browser.action.setBadgeBackgroundColor({ color: '#0f7a4d', tabId: id });
  await browser.action.setBadgeText({ text: '✓', tabId: id });
  await browser.action.setTitle({ title: i18n.t('background.clipSavedTitle'), tabId: id });
  setTimeout(() => {
    void browser.action.setBadgeText({ text: '', tabId: id }).catch(() => undefined);
    void browser.action.setTitle({ title: i18n.t('extName'), tabId: id }).catch(() => undefined);
  }, 4000);
}

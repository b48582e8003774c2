import type { Browser } from 'puppeteer-core';

/** What the chrome-realm script reports back (as JSON: BiDi returns it as one string). */
interface ToolbarClick {
  /** The tab's id as the extension's `tabs` API sees it. */
  tabId: number;
  /** Whether the click opened the action's popup (closed again before returning). */
  openedPopup: boolean;
}

/**
 * Runs inside Firefox's privileged browser window (chrome://browser/content/browser.xhtml),
 * serialised as text, so it may use only what that window has: ChromeUtils,
 * WebExtensionPolicy, gBrowser. It selects the tab and calls
 * `browserAction.triggerAction(window)`, the very method Firefox runs for a
 * toolbar click on the action and for the `_execute_action` shortcut: it calls
 * `action.triggerClickOrPopup(tab)`, which grants activeTab through
 * `tabManager.addActiveTabPermission(tab)` and then opens the popup. The popup
 * is closed again, as a student would dismiss it, so the next click opens a
 * fresh one (triggerAction on an open popup only closes it and grants nothing).
 */
const TRIGGER_ACTION_IN_CHROME = `async (geckoId, pageUrl) => {
  const { ExtensionParent } = ChromeUtils.importESModule(
    'resource://gre/modules/ExtensionParent.sys.mjs');
  const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
  const extension = WebExtensionPolicy.getByID(geckoId)?.extension;
  if (!extension) throw new Error('No installed extension with id ' + geckoId);
  const tab = window.gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === pageUrl);
  if (!tab) throw new Error('No tab showing ' + pageUrl + ' in this window');
  window.gBrowser.selectedTab = tab;
  const browserAction = ExtensionParent.apiManager.global.browserActionFor(extension);
  if (!browserAction) throw new Error('The extension has no toolbar action');
  browserAction.triggerAction(window);
  // The popup opens asynchronously; give it up to 5 s, then dismiss it.
  let popup = null;
  for (let waited = 0; waited < 5000 && !popup; waited += 50) {
    popup = ViewPopup.for(extension, window);
    if (!popup) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  popup?.closePopup();
  const tabId = ExtensionParent.apiManager.global.tabTracker.getId(tab);
  return JSON.stringify({ tabId, openedPopup: Boolean(popup) });
}`;

/**
 * The raw BiDi connection behind a puppeteer Browser launched with the BiDi
 * protocol (BidiBrowser's `connection` getter, not in the public types).
 * `send` resolves with the whole response message, the answer in `result`.
 */
interface RawBidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

function bidiConnection(browser: Browser): RawBidiConnection {
  const connection = (browser as unknown as { connection?: RawBidiConnection }).connection;
  if (typeof connection?.send !== 'function') {
    throw new Error('This puppeteer Browser has no BiDi connection: launch Firefox over BiDi.');
  }
  return connection;
}

interface BidiCallResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

/**
 * The student's click on the extension's toolbar button for the tab showing
 * `pageUrl`: the only thing that grants activeTab, and this extension has no
 * host permissions. Firefox has no CDP `Extensions.triggerAction`; instead,
 * with `--remote-allow-system-access`, WebDriver BiDi lists the privileged
 * browser windows (`browsingContext.getTree` with `"moz:scope": "chrome"`)
 * and can run a script in them. Puppeteer has no API for that scope, so the
 * raw BiDi commands go through its connection.
 */
export async function clickToolbarButton(
  browser: Browser,
  geckoId: string,
  pageUrl: string,
): Promise<ToolbarClick> {
  const connection = bidiConnection(browser);
  const tree = (await connection.send('browsingContext.getTree', {
    'moz:scope': 'chrome',
    maxDepth: 0,
  })) as { result: { contexts: { context: string; url: string }[] } };
  const windows = tree.result.contexts.filter(
    (c) => c.url === 'chrome://browser/content/browser.xhtml',
  );
  if (windows.length === 0) {
    throw new Error(
      'No privileged browser window over WebDriver BiDi: Firefox must run with --remote-allow-system-access.',
    );
  }
  const failures: string[] = [];
  // With several browser windows, the one whose tab strip holds the page answers.
  for (const { context } of windows) {
    const call = (await connection.send('script.callFunction', {
      target: { context },
      functionDeclaration: TRIGGER_ACTION_IN_CHROME,
      arguments: [
        { type: 'string', value: geckoId },
        { type: 'string', value: pageUrl },
      ],
      awaitPromise: true,
    })) as { result: BidiCallResult };
    const { result } = call;
    if (result.type === 'success' && typeof result.result?.value === 'string') {
      return JSON.parse(result.result.value) as ToolbarClick;
    }
    failures.push(result.exceptionDetails?.text ?? JSON.stringify(result));
  }
  throw new Error(`Toolbar click on ${pageUrl} failed: ${failures.join('; ')}`);
}

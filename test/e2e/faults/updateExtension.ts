import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import type { ExtensionSession } from '../launchExtension';
import { pollUntil, withBrowserCdp } from '../media/extensionTargets';

/**
 * Chromium's flag for the DevTools Extensions domain (Extensions.loadUnpacked),
 * which a test needs to reload or update the extension it loaded.
 */
export const EXTENSION_UPDATE_ARGS: readonly string[] = ['--enable-unsafe-extension-debugging'];

/** Raises the manifest's patch version by one: what an update from the store would bring. */
export function bumpManifestVersion(extensionDir: string): string {
  const manifestPath = path.join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
  const parts = manifest.version.split('.').map(Number);
  while (parts.length < 3) parts.push(0);
  parts[parts.length - 1] = parts[parts.length - 1]! + 1;
  manifest.version = parts.join('.');
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return manifest.version;
}

/**
 * Loads the extension's folder again, as chrome://extensions "Reload" or an
 * update does: the browser unloads the running extension (its pages, its
 * offscreen document and its worker all go) and starts the folder's current
 * version with a new worker. With a higher manifest version this is an update
 * (onInstalled reason "update").
 *
 * Why not chrome.runtime.reload(): in this Chromium (156), once the extension
 * has used the microphone, runtime.reload() unloads it and never loads it
 * again (no new worker after 20 s, its pages ERR_BLOCKED_BY_CLIENT), headless
 * and headed alike; Extensions.loadUnpacked reloads it in under a second.
 *
 * Resolves once the new worker answers and no extension page that was open
 * shows the extension any more (Chromium closes them, or turns the last tab
 * of a window into a new tab page); session.serviceWorker then points at the
 * new worker.
 */
export async function reloadExtensionFrom(
  session: ExtensionSession,
  extensionDir: string,
  timeoutMs = 30_000,
): Promise<void> {
  const origin = `chrome-extension://${session.extensionId}/`;
  const oldWorker = session.serviceWorker;
  const extensionPages = session.context.pages().filter((page) => page.url().startsWith(origin));
  const { id } = await withBrowserCdp(
    session,
    (cdp) =>
      cdp.send('Extensions.loadUnpacked' as never, { path: extensionDir } as never) as Promise<{
        id: string;
      }>,
  );
  if (id !== session.extensionId) {
    throw new Error(
      `The reload loaded ${id}, not the extension under test (${session.extensionId})`,
    );
  }
  let newWorker: Worker | undefined;
  await pollUntil(
    async () => {
      newWorker = session.context
        .serviceWorkers()
        .find((worker) => worker !== oldWorker && worker.url().startsWith(origin));
      return newWorker !== undefined;
    },
    'a new service worker after the extension reloaded',
    timeoutMs,
  );
  await newWorker!.evaluate(() => true);
  session.serviceWorker = newWorker!;
  await pollUntil(
    async () => extensionPages.every((page) => !showsExtension(page, origin)),
    'the extension pages closed by the reload',
    timeoutMs,
  ).catch((error: Error) => {
    const open = extensionPages
      .filter((page) => showsExtension(page, origin))
      .map((page) => page.url());
    throw new Error(`${error.message}; still open: ${open.join(', ')}`);
  });
}

/** Whether `page` is still open on the extension (a reload closes it or navigates it away). */
export function showsExtension(page: Page, origin: string): boolean {
  return !page.isClosed() && page.url().startsWith(origin);
}

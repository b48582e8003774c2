import type { ExtensionApi } from '../extensionApi';
import { type ManagedStorageArea, readManagedPolicy } from '../settings/managedPolicy';
import { schoolManagedArea } from '../settings/schoolManagedArea';
import { getDb } from '../db/db';
import { clipperMessenger } from '../messaging/clipper';
import type { ClipOutcome } from '../messaging/background';
import { clipLinkOnly, clipTab, type ClipDeps } from '../clip/clipTab';
import { ClipError, toFailureInfo } from '../clip/clipErrors';
import type { ClipRequest } from '../clip/clipRequest';
import type { ClipTools } from '../clip/clipTools';
import { injectClipper } from './injectClipper';

type Browser = Pick<ExtensionApi, 'tabs' | 'scripting' | 'extension' | 'windows' | 'runtime'>;

export const CLIP_SHEET_PATH = '/clipsheet.html';

/**
 * Builds the real dependencies of a clip from the browser's APIs. The school's policy is read
 * fresh for every clip, so a policy change applies at once.
 */
export function clipDeps(
  browser: Browser,
  tools: ClipTools,
  managed: ManagedStorageArea | undefined = schoolManagedArea(),
): ClipDeps {
  return {
    db: getDb(),
    getTab: (tabId) => browser.tabs.get(tabId),
    fileAccessAllowed: () => browser.extension.isAllowedFileSchemeAccess(),
    injectClipper: (tabId, url) => injectClipper(browser, tabId, url),
    collect: (tabId, parts) => clipperMessenger.sendMessage('collect', { parts }, tabId),
    page: {
      pickRegion: (tabId) => clipperMessenger.sendMessage('pickRegion', undefined, tabId),
      locateImage: (tabId, srcUrl) =>
        clipperMessenger.sendMessage('locateImage', { srcUrl }, tabId),
    },
    tools,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    schoolPolicy: () => readManagedPolicy(managed),
  };
}

/** Runs a clip and turns every failure into a reason the UI can word. */
export async function runClip(
  deps: ClipDeps,
  request: ClipRequest,
  linkOnly = false,
): Promise<ClipOutcome> {
  try {
    const record = linkOnly ? await clipLinkOnly(deps, request) : await clipTab(deps, request);
    return { ok: true, evidenceId: record.id };
  } catch (error) {
    const clipError =
      error instanceof ClipError
        ? error
        : new ClipError(
            'capture-failed',
            false,
            error instanceof Error ? error.message : String(error),
          );
    if (!(error instanceof ClipError)) console.error('Clip failed', error);
    return { ok: false, failure: toFailureInfo(clipError) };
  }
}

/**
 * Opens the clip sheet in a small window: after a menu clip, a region pick or
 * any clip whose popup has closed. A failure opens it too, so the student
 * always learns what happened (and can save the link instead where that works).
 */
export async function openClipSheet(
  browser: Pick<ExtensionApi, 'windows' | 'runtime'>,
  outcome: ClipOutcome,
  request: ClipRequest,
): Promise<void> {
  const hash = outcome.ok
    ? `#clip/${encodeURIComponent(outcome.evidenceId)}`
    : `#failed/${outcome.failure.reason}/${outcome.failure.linkOnly ? 1 : 0}/${request.tabId}` +
      (outcome.failure.site ? `/${encodeURIComponent(outcome.failure.site)}` : '');
  await browser.windows.create({
    url: browser.runtime.getURL(CLIP_SHEET_PATH) + hash,
    type: 'popup',
    width: 460,
    height: 720,
    focused: true,
  });
}

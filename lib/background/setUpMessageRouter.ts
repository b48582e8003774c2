import type { ExtensionApi } from '../extensionApi';
import {
  backgroundMessenger,
  backgroundSchemas,
  backgroundSenders,
  type BackgroundProtocol,
} from '../messaging/background';
import { registerHandlers, type ProtocolHandlers } from '../messaging/registerHandlers';
import { openDashboard } from '../dashboard/openDashboard';
import type { ClipTools } from '../clip/clipTools';
import { clipDeps, openClipSheet, runClip } from './clipService';
import { driveExportHandlers, type DriveExportService } from './setUpDriveExport';

type Deps = Pick<ExtensionApi, 'runtime' | 'tabs' | 'windows' | 'scripting' | 'extension'>;

export function backgroundHandlers(
  browser: Deps,
  tools: () => ClipTools,
  driveExport?: DriveExportService,
): ProtocolHandlers<BackgroundProtocol> {
  return {
    openDashboard: (route) => openDashboard(browser, route),
    clip: async ({ request, openSheet }) => {
      const outcome = await runClip(clipDeps(browser, tools()), request);
      if (openSheet) await openClipSheet(browser, outcome, request);
      return outcome;
    },
    clipLinkOnly: ({ request }) => runClip(clipDeps(browser, tools()), request, true),
    ...driveExportHandlers(driveExport),
  };
}

/** Wires the service worker's protocol. Called synchronously from `main`. */
export function setUpMessageRouter(
  browser: Deps,
  tools: () => ClipTools,
  driveExport?: DriveExportService,
): () => void {
  return registerHandlers<BackgroundProtocol>({
    messenger: backgroundMessenger,
    schemas: backgroundSchemas,
    senders: backgroundSenders,
    handlers: backgroundHandlers(browser, tools, driveExport),
    self: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
  });
}

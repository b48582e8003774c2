import type { ExtensionApi } from '../extensionApi';
import {
  backgroundMessenger,
  backgroundSchemas,
  backgroundSenders,
  type BackgroundProtocol,
} from '../messaging/background';
import { registerHandlers, type ProtocolHandlers } from '../messaging/registerHandlers';
import { openDashboard } from '../dashboard/openDashboard';

type Deps = Pick<ExtensionApi, 'runtime' | 'tabs' | 'windows'>;

export function backgroundHandlers(browser: Deps): ProtocolHandlers<BackgroundProtocol> {
  return {
    openDashboard: (route) => openDashboard(browser, route),
  };
}

/** Wires the service worker's protocol. Called synchronously from `main`. */
export function setUpMessageRouter(browser: Deps): () => void {
  return registerHandlers<BackgroundProtocol>({
    messenger: backgroundMessenger,
    schemas: backgroundSchemas,
    senders: backgroundSenders,
    handlers: backgroundHandlers(browser),
    self: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
  });
}

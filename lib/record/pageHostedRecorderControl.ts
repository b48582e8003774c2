import type { ExtensionApi } from '../extensionApi';
import { registerHandlers } from '../messaging/registerHandlers';
import {
  recorderHandlers,
  recorderMessenger,
  recorderSchemas,
  recorderSenders,
  type RecorderProtocol,
} from '../messaging/recorder';
import type { RecorderControl } from './recorderControl';

/**
 * Firefox: the dashboard tab is the recording host. The host (with ffmpeg.wasm)
 * loads on first use, so opening the dashboard stays fast; it also answers
 * recorder messages so the popup and the stop shortcut can reach it.
 */
export function pageHostedRecorderControl(browser: Pick<ExtensionApi, 'runtime'>): RecorderControl {
  let host: Promise<RecorderControl> | undefined;
  const load = () =>
    (host ??= import('./composeRecorderHost').then(({ composeRecorderHost }) =>
      composeRecorderHost({ browser, hostedInThisPage: true }),
    ));
  // Listen at once: a stop from the shortcut must find the host even before this page used it.
  const lazy: RecorderControl = {
    hostedInThisPage: true,
    start: async (request) => (await load()).start(request),
    pause: async (id) => (await load()).pause(id),
    resume: async (id) => (await load()).resume(id),
    stop: async (id) => (await load()).stop(id),
    discard: async (id) => (await load()).discard(id),
    process: async (request) => (await load()).process(request),
    cancelProcessing: async (id) => (await load()).cancelProcessing(id),
  };
  // Load ahead, when the page is idle: Firefox's screen picker needs the
  // student's click to be recent, so start() must not wait on a download.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void load());
  registerHandlers<RecorderProtocol>({
    messenger: recorderMessenger,
    schemas: recorderSchemas,
    senders: recorderSenders,
    handlers: recorderHandlers(lazy),
    self: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
  });
  return lazy;
}

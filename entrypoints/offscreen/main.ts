import { composeRecorderHost } from '@/lib/record/composeRecorderHost';
import { registerHandlers } from '@/lib/messaging/registerHandlers';
import {
  recorderHandlers,
  recorderMessenger,
  recorderSchemas,
  recorderSenders,
  type RecorderProtocol,
} from '@/lib/messaging/recorder';

// Chromium's recording host: records and compresses outside any tab, so closing
// the dashboard or the popup never stops a recording. Offscreen documents can
// use only runtime messaging among extension APIs; everything else is web APIs.
const host = composeRecorderHost({ browser, hostedInThisPage: false });
registerHandlers<RecorderProtocol>({
  messenger: recorderMessenger,
  schemas: recorderSchemas,
  senders: recorderSenders,
  handlers: recorderHandlers(host),
  self: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
});

import { describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { registerHandlers, RejectedMessageError } from '@/lib/messaging/registerHandlers';
import type { SenderInfo, SenderKind } from '@/lib/messaging/checkSender';
import { backgroundSchemas, backgroundSenders } from '@/lib/messaging/background';
import { recorderSchemas, recorderSenders } from '@/lib/messaging/recorder';
import { clipperSchemas, clipperSenders } from '@/lib/messaging/clipper';

/**
 * Every message of every receiver, sent the ways a hostile page or extension could: from our
 * own content script (which runs inside the page), from another extension, from a sender with
 * no id, and with payloads of the wrong shape. Each must be refused before its handler runs.
 * Table-driven, so a message added later is covered without a new test.
 */

const self = { id: 'our-id', baseUrl: 'chrome-extension://our-id/' };
const extensionPage: SenderInfo = { id: 'our-id', url: 'chrome-extension://our-id/dashboard.html' };
const contentScript: SenderInfo = { id: 'our-id', url: 'https://evil.example/', tab: { id: 7 } };
const otherExtension: SenderInfo = { id: 'evil', url: 'chrome-extension://evil/page.html' };
const lookalike: SenderInfo = { id: 'our-id', url: 'chrome-extension://our-id.evil.example/' };
// Today no receiver takes a message from a content script (the worker pulls from the clipper,
// never the reverse). A message that allows one needs its own hostile-sender cases here.
const wrongSenders: [string, SenderInfo | undefined][] = [
  ['our content script in a web page', contentScript],
  ['another extension', otherExtension],
  ['a sender with no id', { url: self.baseUrl + 'popup.html' }],
  ['no sender at all', undefined],
  ['a URL that only starts like ours', lookalike],
];

/** Shapes a forged message might carry; each message must refuse the ones its schema does. */
const hostilePayloads: unknown[] = [
  42,
  'clip',
  [],
  {},
  null,
  true,
  { __proto__: { polluted: true } },
  { request: 'x', openSheet: 'yes', recordingId: 5, reflectionId: [], jobId: {}, y: -1 },
  { parts: ['<script>'], srcUrl: 'x'.repeat(20_000), scope: { kind: 'everything', extra: 1 } },
];

const protocols = [
  { receiver: 'background', schemas: backgroundSchemas, senders: backgroundSenders },
  { receiver: 'recorder host', schemas: recorderSchemas, senders: recorderSenders },
  { receiver: 'clipper (content script)', schemas: clipperSchemas, senders: clipperSenders },
] as const;

function register(schemas: Record<string, v.GenericSchema>, senders: Record<string, SenderKind>) {
  const listeners = new Map<string, (m: { data: unknown; sender: SenderInfo }) => unknown>();
  const handlers = Object.fromEntries(Object.keys(schemas).map((type) => [type, vi.fn()]));
  registerHandlers<Record<string, (arg: never) => unknown>>({
    messenger: {
      onMessage: (type, handler) => {
        listeners.set(type, handler);
        return () => listeners.delete(type);
      },
    },
    schemas,
    senders,
    handlers,
    self,
  });
  const deliver = (type: string, data: unknown, sender: SenderInfo | undefined) =>
    Promise.resolve(listeners.get(type)!({ data, sender: sender as SenderInfo }));
  return { deliver, handlers };
}

describe.each(protocols)('$receiver: every message refuses', ({ schemas, senders }) => {
  const messages = Object.entries(senders) as [string, SenderKind][];

  it.each(messages)('%s from a sender its protocol does not allow', async (type, allowed) => {
    expect(allowed).toBe('extension-page');
    const { deliver, handlers } = register(schemas, senders);
    for (const [who, sender] of wrongSenders) {
      for (const payload of [undefined, {}, ...hostilePayloads]) {
        const delivered = deliver(type, payload, sender);
        await expect(delivered, who).rejects.toThrow(RejectedMessageError);
        await expect(delivered, who).rejects.toThrow(/sender not allowed/);
      }
    }
    expect(handlers[type]).not.toHaveBeenCalled();
  });

  it.each(messages)('%s with a payload of the wrong shape', async (type) => {
    const { deliver, handlers } = register(schemas, senders);
    const schema = (schemas as Record<string, v.GenericSchema>)[type]!;
    const accepted = hostilePayloads.filter((payload) => v.safeParse(schema, payload).success);
    const sender = extensionPage;
    for (const payload of hostilePayloads.filter((payload) => !accepted.includes(payload))) {
      await expect(deliver(type, payload, sender)).rejects.toThrow(/rejected: /);
    }
    // At most one forgery fits a schema (a Drive scope with an extra field), and then only
    // its known fields reach the handler.
    expect(accepted.length).toBeLessThanOrEqual(1);
    for (const payload of accepted) {
      await deliver(type, payload, sender);
      expect(JSON.stringify(handlers[type]!.mock.calls.at(-1)?.[0])).not.toMatch(
        /extra|srcUrl|parts/,
      );
    }
    expect(handlers[type]).toHaveBeenCalledTimes(accepted.length);
  });
});

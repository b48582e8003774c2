import { describe, expect, it } from 'vitest';
import { backgroundSchemas, backgroundSenders } from '@/lib/messaging/background';
import { backgroundHandlers } from '@/lib/background/setUpMessageRouter';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recorderHandlers, recorderSchemas, recorderSenders } from '@/lib/messaging/recorder';
import type { RecorderControl } from '@/lib/record/recorderControl';

const unusedHost = new Proxy({} as RecorderControl, {
  get: () => () => {
    throw new Error('the host is not needed to list handlers');
  },
});

// One entry per receiver: each protocol lists its schemas, allowed senders and handlers.
const protocols = [
  {
    receiver: 'background',
    schemas: backgroundSchemas,
    senders: backgroundSenders,
    handlers: backgroundHandlers(fakeBrowser as never, () => {
      throw new Error('clip tools are not needed to list handlers');
    }),
  },
  {
    receiver: 'recorder host',
    schemas: recorderSchemas,
    senders: recorderSenders,
    handlers: recorderHandlers(unusedHost),
  },
];

describe('message protocol conventions', () => {
  for (const { receiver, schemas, senders, handlers } of protocols) {
    it(`${receiver}: every message has a schema, an allowed sender and a handler`, () => {
      const messages = Object.keys(schemas).sort();
      expect(messages.length).toBeGreaterThan(0);
      expect(Object.keys(senders).sort()).toEqual(messages);
      expect(Object.keys(handlers).sort()).toEqual(messages);
      for (const name of messages) {
        expect(typeof (handlers as Record<string, unknown>)[name], name).toBe('function');
      }
    });
  }
});

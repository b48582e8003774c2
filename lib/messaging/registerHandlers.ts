import * as v from 'valibot';
import { isAllowedSender, type SenderInfo, type SenderKind } from './checkSender';

type AnyProtocol<P> = { [K in keyof P]: (arg: never) => unknown };

export type ProtocolHandlers<P extends AnyProtocol<P>> = {
  [K in keyof P]: (
    data: Parameters<P[K]>[0],
    sender: SenderInfo,
  ) => ReturnType<P[K]> | Promise<Awaited<ReturnType<P[K]>>>;
};

interface Messenger<P extends AnyProtocol<P>> {
  onMessage<K extends keyof P & string>(
    type: K,
    handler: (message: { data: unknown; sender: SenderInfo }) => unknown,
  ): () => void;
}

export class RejectedMessageError extends Error {
  constructor(type: string, reason: string) {
    super(`Message "${type}" rejected: ${reason}`);
    this.name = 'RejectedMessageError';
  }
}

/**
 * Registers one handler per protocol message. The mapped types make a missing
 * handler a compile error; each call checks the sender, then parses the
 * payload, before the handler runs.
 */
export function registerHandlers<P extends AnyProtocol<P>>(options: {
  messenger: Messenger<P>;
  schemas: { [K in keyof P]: v.GenericSchema };
  senders: { [K in keyof P]: SenderKind };
  handlers: ProtocolHandlers<P>;
  self: { id: string; baseUrl: string };
}): () => void {
  const { messenger, schemas, senders, handlers, self } = options;
  const removers = (Object.keys(handlers) as (keyof P & string)[]).map((type) =>
    messenger.onMessage(type, async ({ data, sender }) => {
      if (!isAllowedSender(sender, senders[type], self)) {
        throw new RejectedMessageError(type, 'sender not allowed');
      }
      const parsed = v.safeParse(schemas[type], data);
      if (!parsed.success) throw new RejectedMessageError(type, v.summarize(parsed.issues));
      return handlers[type](parsed.output as Parameters<P[typeof type]>[0], sender);
    }),
  );
  return () => removers.forEach((remove) => remove());
}

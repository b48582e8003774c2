import { backgroundMessenger, type ClipOutcome } from '../messaging/background';
import type { ClipSource } from '../db/records';
import { lastUsedTags } from './lastUsedTags';
import { sendClipMessage } from './sendClipMessage';

/** "Save the link instead": asks the service worker for a link-only clip tagged like the last one. */
export async function requestLinkOnlyClip(tabId: number, source: ClipSource): Promise<ClipOutcome> {
  const request = { tabId, kind: 'link' as const, source, ...(await lastUsedTags.getValue()) };
  return sendClipMessage(() => backgroundMessenger.sendMessage('clipLinkOnly', { request }));
}

/** Who may send a message: one of our extension pages, or our content script in a tab. */
export type SenderKind = 'extension-page' | 'content-script';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Whether a message really comes from where its protocol allows. Web pages
 * can't reach runtime.onMessage, but other extensions and our own content
 * scripts (which run inside hostile pages) can, so the origin is checked too.
 */
export function isAllowedSender(
  sender: SenderInfo | undefined,
  allowed: SenderKind,
  self: { id: string; baseUrl: string },
): boolean {
  if (!sender || sender.id !== self.id) return false;
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(self.baseUrl);
  if (allowed === 'extension-page') return fromExtensionPage;
  return !fromExtensionPage && typeof sender.tab?.id === 'number';
}

import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/** tabCapture exists only on Chromium; Firefox records a tab through the screen picker instead. */
function canCaptureTabs(): boolean {
  const api = browser as typeof browser & { tabCapture?: { getMediaStreamId?: unknown } };
  return typeof api.tabCapture?.getMediaStreamId === 'function';
}

/**
 * Whether "This tab" can be offered for the tab the popup was opened on, and
 * its title (shared because the student invoked the extension on it; absent
 * otherwise). A tab that has since closed is not offered.
 */
export function useRecordableTab(tabId: number | null): {
  offerTab: boolean;
  tabTitle: string | null;
} {
  const supported = tabId !== null && canCaptureTabs();
  const [tab, setTab] = useState<{ tabId: number; title: string | null; open: boolean } | null>(
    null,
  );
  useEffect(() => {
    if (!supported || tabId === null) return;
    let cancelled = false;
    browser.tabs.get(tabId).then(
      (found) => {
        if (!cancelled) setTab({ tabId, title: found.title || null, open: true });
      },
      () => {
        if (!cancelled) setTab({ tabId, title: null, open: false });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [supported, tabId]);
  const known = tab?.tabId === tabId ? tab : null;
  return { offerTab: supported && (known?.open ?? true), tabTitle: known?.title ?? null };
}

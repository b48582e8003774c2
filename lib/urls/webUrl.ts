/** Whether a URL is an http(s) page: the only kind offered as a link (an imported row could hold anything). */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** The host of a URL for display ("en.wikipedia.org"), or null when it has none. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

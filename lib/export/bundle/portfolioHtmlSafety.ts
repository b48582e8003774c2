/**
 * The three rules that keep the offline portfolio page (index.html) safe to
 * open anywhere: every text is escaped, only http(s) addresses become outside
 * links, and bundle paths become relative URLs that cannot point elsewhere.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * The address as a link target, or null when it must stay plain text:
 * javascript:, data:, file: and anything unparsable never become an href.
 */
export function safeExternalUrl(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href;
}

/**
 * A bundle path ("My goal/2026-03-01 Shot #1.png") as a relative URL that
 * resolves from file:// ("My%20goal/2026-03-01%20Shot%20%231.png"). Each
 * segment is percent-encoded, so a ":" or "?" stays part of the file name and
 * never turns into a scheme or query. Paths that could climb out of the
 * bundle, or start a protocol-relative URL, give null.
 */
export function relativeBundleUrl(path: string): string | null {
  if (path === '' || path.startsWith('/') || path.includes('\\')) return null;
  const segments = path.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return null;
  }
  return segments.map((segment) => encodeURIComponent(segment)).join('/');
}

/**
 * A Windows Internet Shortcut (.url): double-clicking it on Windows or
 * ChromeOS, or opening it from Google Drive's preview, opens the page.
 * Seesaw's Link tool takes a pasted web address rather than a file, which is
 * why the caption carries the URL too. Line breaks in the URL would end the
 * key early, so they are removed; the format is plain ASCII-or-UTF-8 text
 * with CRLF lines.
 */
export function makeUrlShortcut(url: string): Blob {
  const safe = url.replace(/[\r\n]/g, '').trim();
  return new Blob([`[InternetShortcut]\r\nURL=${safe}\r\n`], {
    type: 'application/internet-shortcut',
  });
}

/**
 * Whether a ZIP entry name stays inside the folder it is unpacked into, on
 * every OS: no "..", no absolute or drive paths, no backslashes (Windows reads
 * them as separators), no empty or "." segments, no control characters.
 * A trailing "/" (a folder entry) is allowed.
 */
export function isSafeEntryName(name: string): boolean {
  if (name === '' || name.length > 4096) return false;
  if (name.includes('\\') || name.startsWith('/')) return false;
  if (/^[a-zA-Z]:/.test(name)) return false;
  // Control characters (NUL included) confuse extractors and terminals alike.
  if (/\p{Cc}/u.test(name)) return false;
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  return segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/**
 * Human-readable file names inside a bundle, safe on Windows, macOS, Linux and
 * ChromeOS: a student unzips the bundle and finds "Goal/2026-03-01 Article -
 * Title.html", never "media/8f3a…".
 */
import { i18n } from '#i18n';

/** Characters a segment is cut to; well under every file system's 255. */
export const MAX_SEGMENT_LENGTH = 120;

const FORBIDDEN = /[/\\:*?"<>|\p{Cc}]/gu;
/** Device names Windows reserves with any extension ("con.txt" too). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** One path segment (folder or file name, no extension) made safe. */
export function sanitizeSegment(name: string, fallback = i18n.t('exportFiles.untitled')): string {
  let safe = name.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  safe = cutToLength(safe, MAX_SEGMENT_LENGTH).replace(/[. ]+$/, '');
  if (safe === '' || /^\.+$/.test(safe)) safe = fallback;
  if (RESERVED.test(safe)) safe = `_${safe}`;
  return safe;
}

/** Cuts by code points so a surrogate pair (emoji) is never split in two. */
function cutToLength(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, max).join('').trimEnd();
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/svg+xml': 'svg',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'text/html': 'html',
  'text/plain': 'txt',
  'multipart/related': 'mhtml',
  'application/x-mimearchive': 'mhtml',
  'application/pdf': 'pdf',
};

export function extensionFor(mimeType: string): string {
  const bare = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  return EXTENSIONS[bare] ?? 'bin';
}

/**
 * Hands out unique paths: a second "a/b.png" becomes "a/b (2).png". Names are
 * compared case-insensitively because Windows and macOS would merge them.
 */
export class PathAllocator {
  private readonly taken = new Set<string>();

  reserve(path: string): void {
    this.taken.add(foldForComparison(path));
  }

  allocate(folder: string, baseName: string, extension: string): string {
    const dot = extension ? `.${extension}` : '';
    for (let copy = 1; ; copy += 1) {
      const suffix = copy === 1 ? '' : ` (${copy})`;
      // Cut the name again so the suffix never pushes it past the limit.
      const name = cutToLength(baseName, MAX_SEGMENT_LENGTH - suffix.length - dot.length);
      const path = `${folder}/${name.replace(/[. ]+$/, '') || i18n.t('exportFiles.untitled')}${suffix}${dot}`;
      const key = foldForComparison(path);
      if (!this.taken.has(key)) {
        this.taken.add(key);
        return path;
      }
    }
  }
}

export function foldForComparison(path: string): string {
  return path.normalize('NFC').toLowerCase();
}

import type { BundlePlan, PlannedMedia } from './bundle/planBundle';

/**
 * What the student reads after an export that left out stored files the browser could no longer
 * read (damaged or removed on disk), naming the items they belong to; null when none was.
 * The items themselves (title, note, tags) are still in the bundle, only those files are not.
 */
export function describeUnreadableMedia(
  plan: Pick<BundlePlan, 'evidence' | 'reflections'>,
  leftOut: readonly PlannedMedia[],
): string | null {
  if (leftOut.length === 0) return null;
  const titles = new Map<string, string>(
    [...plan.evidence, ...plan.reflections].map((item) => [item.id, item.title]),
  );
  const owners = [...new Set(leftOut.map((media) => titles.get(media.ownerId) ?? 'an item'))];
  const one = leftOut.length === 1;
  const files = one ? '1 stored file' : `${leftOut.length} stored files`;
  const from = owners.map((title) => `“${title}”`).join(', ');
  return (
    `${files} couldn’t be read (${one ? 'it' : 'they'} may be damaged) and ${one ? 'was' : 'were'} ` +
    `left out, from ${from}. Everything else is in the bundle, and ` +
    `${owners.length === 1 ? 'that item’s' : 'those items’'} title, note and tags are kept.`
  );
}

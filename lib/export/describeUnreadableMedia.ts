import { i18n } from '#i18n';
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
  const anItem = i18n.t('export.unreadable.anItem');
  const owners = [...new Set(leftOut.map((media) => titles.get(media.ownerId) ?? anItem))];
  const from = owners.map((title) => i18n.t('export.unreadable.quotedTitle', { title })).join(', ');
  return [
    i18n.t('export.unreadable.files', leftOut.length, { from }),
    i18n.t('export.unreadable.kept', owners.length),
  ].join(' ');
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../app/DatabaseProvider';
import { useObjectUrl } from '../clip/useObjectUrl';

/**
 * An image from the database, never from the web: an object URL made here and
 * revoked when the slide goes away. Shows nothing if the media was deleted.
 */
export function StoredImage({
  mediaId,
  alt,
  tall = false,
}: {
  mediaId: string;
  alt: string;
  /** Full-page screenshots: show the top of the page at a readable size. */
  tall?: boolean;
}) {
  const { db } = useDatabase();
  const blob = useLiveQuery(async () => (await db.media.get(mediaId))?.blob ?? null, [db, mediaId]);
  const url = useObjectUrl(blob);
  if (!url) return null;
  return (
    <img
      className={tall ? 'conference-image conference-image-tall' : 'conference-image'}
      src={url}
      alt={alt}
      data-testid="conference-image"
    />
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../app/DatabaseProvider';
import { useObjectUrl } from '../clip/useObjectUrl';

/** A clip's stored thumbnail (never a remote image: the library makes no network requests). */
export function EvidenceThumbnail({ mediaId }: { mediaId: string | null }) {
  const { db } = useDatabase();
  const blob = useLiveQuery(
    async () => (mediaId ? (await db.media.get(mediaId))?.blob : undefined),
    [db, mediaId],
  );
  const url = useObjectUrl(blob);
  return <div className="evidence-thumbnail">{url && <img src={url} alt="" loading="lazy" />}</div>;
}

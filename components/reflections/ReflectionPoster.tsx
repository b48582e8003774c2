import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../app/DatabaseProvider';
import { useObjectUrl } from '../clip/useObjectUrl';

/** A reflection's poster frame from the database (decorative: the title says what it is). */
export function ReflectionPoster({ mediaId }: { mediaId: string | null }) {
  const { db } = useDatabase();
  const blob = useLiveQuery(
    async () => (mediaId ? (await db.media.get(mediaId))?.blob : undefined),
    [db, mediaId],
  );
  const url = useObjectUrl(blob);
  return (
    <div className="evidence-thumbnail reflection-poster">
      {url ? (
        <img src={url} alt="" loading="lazy" />
      ) : (
        <span className="reflection-poster-placeholder" aria-hidden="true">
          ▶
        </span>
      )}
    </div>
  );
}

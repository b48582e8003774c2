import { useLiveQuery } from 'dexie-react-hooks';
import type { LibraryKind } from '@/lib/library/libraryQuery';
import { libraryThumbnailWord } from '@/lib/library/libraryText';
import { useDatabase } from '../app/DatabaseProvider';
import { useObjectUrl } from '../clip/useObjectUrl';

/**
 * A clip's thumbnail or a reflection's poster, from the database only (the
 * library makes no network requests). Decorative: the title says what it is.
 */
export function LibraryThumbnail({ mediaId, kind }: { mediaId: string | null; kind: LibraryKind }) {
  const { db } = useDatabase();
  const blob = useLiveQuery(
    async () => (mediaId ? (await db.media.get(mediaId))?.blob : undefined),
    [db, mediaId],
  );
  const url = useObjectUrl(blob);
  return (
    <div className="library-thumbnail">
      {url ? (
        <img src={url} alt="" decoding="async" />
      ) : (
        // Decorative: the kind is written out next to the title.
        <span className={`library-thumbnail-word kind-${kind}`} aria-hidden="true">
          {libraryThumbnailWord(kind)}
        </span>
      )}
    </div>
  );
}

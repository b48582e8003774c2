import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import type { RefObject } from 'react';
import { useDatabase } from '../app/DatabaseProvider';
import { useObjectUrl } from '../clip/useObjectUrl';

/** The finished video, played from the database (processing made it a seekable MP4). */
export function ReflectionVideo({
  mediaId,
  posterMediaId,
  title,
  videoRef,
}: {
  mediaId: string;
  posterMediaId: string | null;
  title: string;
  videoRef: RefObject<HTMLVideoElement | null>;
}) {
  const { db } = useDatabase();
  const media = useLiveQuery(async () => (await db.media.get(mediaId)) ?? null, [db, mediaId]);
  const poster = useLiveQuery(
    async () => (posterMediaId ? (await db.media.get(posterMediaId))?.blob : undefined),
    [db, posterMediaId],
  );
  const url = useObjectUrl(media?.blob);
  const posterUrl = useObjectUrl(poster);
  if (media === undefined) return <p role="status">{i18n.t('reflections.video.loading')}</p>;
  if (media === null || !url) return <p role="alert">{i18n.t('reflections.video.missing')}</p>;
  return (
    <video
      ref={videoRef}
      className="reflection-video"
      src={url}
      poster={posterUrl ?? undefined}
      controls
      preload="metadata"
      aria-label={i18n.t('reflections.video.label', { title })}
      data-testid="reflection-video"
    />
  );
}

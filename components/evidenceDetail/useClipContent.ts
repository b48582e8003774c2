import { useEffect, useState } from 'react';
import { loadViewerContent, type ViewerContent } from '@/lib/capture/loadViewerContent';
import { useDatabase } from '../app/DatabaseProvider';

export type ClipContentState = { status: 'loading' } | { status: 'failed' } | ViewerContent;

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/**
 * The clip's saved copy, loaded exactly as the viewer page loads it (inert
 * HTML, or the screenshot's images). Reloaded only when the clip's media
 * changes, not on every edit of its title or note.
 */
export function useClipContent(evidenceId: string, mediaId: string | null): ClipContentState {
  const { db, reportError } = useDatabase();
  const key = `${evidenceId}\n${mediaId ?? ''}`;
  // What was loaded, and for which clip and media: anything else is still "loading".
  const [loaded, setLoaded] = useState<{ key: string; state: ClipContentState } | null>(null);

  useEffect(() => {
    let cancelled = false;
    loadViewerContent(db, evidenceId, { parse: parseHtml, window })
      .then((content) => {
        if (!cancelled) setLoaded({ key, state: content });
      })
      .catch((error: unknown) => {
        reportError(error);
        if (!cancelled) setLoaded({ key, state: { status: 'failed' } });
      });
    return () => {
      cancelled = true;
    };
  }, [db, evidenceId, key, reportError]);

  return loaded?.key === key ? loaded.state : { status: 'loading' };
}

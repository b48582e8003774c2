import { useEffect, useState } from 'react';
import type { EvidenceRecord } from '@/lib/db/records';
import { loadViewerContent, type ViewerContent } from '@/lib/capture/loadViewerContent';
import { useDatabase } from '../app/DatabaseProvider';
import { SandboxedHtmlFrame } from './SandboxedHtmlFrame';
import { ClipImages } from './ClipImages';
import { hostOf, isWebUrl } from '@/lib/urls/webUrl';

type ViewerState = { status: 'loading' } | { status: 'failed' } | ViewerContent;

const MESSAGES: Record<Exclude<ViewerState['status'], 'ready' | 'loading' | 'image'>, string> = {
  'not-found': 'We couldn’t find this clip. It may have been deleted, or the link is incomplete.',
  'no-media':
    'This clip has no saved copy of the page. Its details are above, and you can still open the original page.',
  unsupported:
    'This clip is a kind of file that can’t be shown here. Its details are above, and you can still open the original page.',
  unreadable:
    'The saved copy of this page couldn’t be read: the stored file may be damaged. The clip’s details are safe, and you can still open the original page.',
  failed: 'Something went wrong while opening this clip. Try reloading the page.',
};

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** viewer.html#<evidenceId>: a clip's saved page with where it came from. */
export function ViewerApp() {
  const { db, reportError } = useDatabase();
  const id = useHashId();
  // What was loaded, and for which id: another id (a hash change) is "loading" until it arrives.
  const [loaded, setLoaded] = useState<{ id: string; state: ViewerState } | null>(null);
  const state: ViewerState = loaded?.id === id ? loaded.state : { status: 'loading' };

  useEffect(() => {
    let cancelled = false;
    loadViewerContent(db, id, { parse: parseHtml, window })
      .then((content) => {
        if (!cancelled) setLoaded({ id, state: content });
      })
      .catch((error: unknown) => {
        reportError(error);
        if (!cancelled) setLoaded({ id, state: { status: 'failed' } });
      });
    return () => {
      cancelled = true;
    };
  }, [db, id, reportError]);

  const record = 'record' in state ? state.record : null;
  const clipTitle = record ? record.title || record.pageTitle || 'Untitled clip' : null;
  useEffect(() => {
    document.title = clipTitle ? `${clipTitle} · PLP Companion` : 'Saved copy · PLP Companion';
  }, [clipTitle]);

  return (
    <div className="viewer">
      {record ? (
        <ClipHeader record={record} title={clipTitle ?? ''} />
      ) : (
        <header className="viewer-header">
          <h1 className="viewer-title">Saved copy</h1>
          <a className="viewer-original" href="dashboard.html">
            Go to your dashboard
          </a>
        </header>
      )}
      <main className="viewer-body">
        {state.status === 'ready' ? (
          <SandboxedHtmlFrame
            html={state.html}
            title={`Saved copy of ${record?.pageTitle || clipTitle || 'the page'}`}
          />
        ) : state.status === 'image' ? (
          <ClipImages
            images={state.images}
            alt={`Screenshot of ${record?.pageTitle || clipTitle || 'the page'}`}
          />
        ) : state.status === 'loading' ? (
          <p className="viewer-message" role="status">
            Opening the saved copy…
          </p>
        ) : (
          <div className="viewer-message banner" role="alert" data-testid="viewer-message">
            <p>{MESSAGES[state.status]}</p>
          </div>
        )}
      </main>
    </div>
  );
}

function ClipHeader({ record, title }: { record: EvidenceRecord; title: string }) {
  const site = record.siteName ?? hostOf(record.url);
  const original = isWebUrl(record.url) ? record.url : null;
  const capturedDate = new Date(record.capturedAt);
  const captured = Number.isFinite(capturedDate.getTime()) ? capturedDate : null;
  return (
    <header className="viewer-header">
      <div>
        <h1 className="viewer-title">{title}</h1>
        <dl className="viewer-facts">
          {record.pageTitle && record.pageTitle !== title && (
            <div>
              <dt>Page</dt>
              <dd>{record.pageTitle}</dd>
            </div>
          )}
          {site && (
            <div>
              <dt>Site</dt>
              <dd>
                {record.faviconDataUrl?.startsWith('data:image/') && (
                  <img src={record.faviconDataUrl} alt="" width="16" height="16" />
                )}{' '}
                {site}
              </dd>
            </div>
          )}
          {record.byline && (
            <div>
              <dt>By</dt>
              <dd>{record.byline}</dd>
            </div>
          )}
          {captured && (
            <div>
              <dt>Captured</dt>
              <dd>
                <time dateTime={captured.toISOString()}>
                  {captured.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
                </time>
              </dd>
            </div>
          )}
        </dl>
      </div>
      {original && (
        <a className="viewer-original" href={original} target="_blank" rel="noopener noreferrer">
          Open the original page
        </a>
      )}
    </header>
  );
}

/** The evidence id after `#`, following hash changes. */
function useHashId(): string {
  const [id, setId] = useState(readHashId);
  useEffect(() => {
    const onChange = () => setId(readHashId());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return id;
}

function readHashId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return location.hash.slice(1); // a malformed %-escape: use it as written
  }
}

import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import type { EvidenceRecord } from '@/lib/db/records';
import { loadViewerContent, type ViewerContent } from '@/lib/capture/loadViewerContent';
import { useDatabase } from '../app/DatabaseProvider';
import { SandboxedHtmlFrame } from './SandboxedHtmlFrame';
import { ClipImages } from './ClipImages';
import { hostOf, isWebUrl } from '@/lib/urls/webUrl';

type ViewerState = { status: 'loading' } | { status: 'failed' } | ViewerContent;

type ViewerProblem = Exclude<ViewerState['status'], 'ready' | 'loading' | 'image'>;

function problemText(problem: ViewerProblem): string {
  switch (problem) {
    case 'not-found':
      return i18n.t('viewer.problems.notFound');
    case 'no-media':
      return i18n.t('viewer.problems.noMedia');
    case 'unsupported':
      return i18n.t('viewer.problems.unsupported');
    case 'unreadable':
      return i18n.t('viewer.problems.unreadable');
    case 'failed':
      return i18n.t('viewer.problems.failed');
  }
}

/** "4 Mar 2025, 14:05" in the reader's own locale. */
const CAPTURED_FORMAT: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

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
  const clipTitle = record
    ? record.title || record.pageTitle || i18n.t('viewer.untitledClip')
    : null;
  useEffect(() => {
    document.title = clipTitle
      ? i18n.t('viewer.documentTitle', { title: clipTitle })
      : i18n.t('viewer.savedCopyDocumentTitle');
  }, [clipTitle]);

  const pageName = record?.pageTitle || clipTitle || i18n.t('viewer.thePage');

  return (
    <div className="viewer">
      {record ? (
        <ClipHeader record={record} title={clipTitle ?? ''} />
      ) : (
        <header className="viewer-header">
          <h1 className="viewer-title">{i18n.t('viewer.savedCopy')}</h1>
          <a className="viewer-original" href="dashboard.html">
            {i18n.t('viewer.goToDashboard')}
          </a>
        </header>
      )}
      <main className="viewer-body">
        {state.status === 'ready' ? (
          <SandboxedHtmlFrame
            html={state.html}
            title={i18n.t('viewer.savedCopyOf', { page: pageName })}
          />
        ) : state.status === 'image' ? (
          <ClipImages
            images={state.images}
            alt={i18n.t('viewer.screenshotOf', { page: pageName })}
          />
        ) : state.status === 'loading' ? (
          <p className="viewer-message" role="status">
            {i18n.t('viewer.loading')}
          </p>
        ) : (
          <div className="viewer-message banner" role="alert" data-testid="viewer-message">
            <p>{problemText(state.status)}</p>
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
              <dt>{i18n.t('viewer.facts.page')}</dt>
              <dd>{record.pageTitle}</dd>
            </div>
          )}
          {site && (
            <div>
              <dt>{i18n.t('viewer.facts.site')}</dt>
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
              <dt>{i18n.t('viewer.facts.byline')}</dt>
              <dd>{record.byline}</dd>
            </div>
          )}
          {captured && (
            <div>
              <dt>{i18n.t('viewer.facts.captured')}</dt>
              <dd>
                <time dateTime={captured.toISOString()}>
                  {captured.toLocaleString(undefined, CAPTURED_FORMAT)}
                </time>
              </dd>
            </div>
          )}
        </dl>
      </div>
      {original && (
        <a className="viewer-original" href={original} target="_blank" rel="noopener noreferrer">
          {i18n.t('viewer.openOriginal')}
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

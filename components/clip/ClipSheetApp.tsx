import { useState } from 'react';
import { i18n } from '#i18n';
import { isClipFailure } from '@/lib/clip/clipText';
import type { ClipFailure } from '@/lib/clip/clipErrors';
import { requestLinkOnlyClip } from '@/lib/clip/requestLinkOnlyClip';
import { ClipSheet } from './ClipSheet';
import { ClipFailureNotice } from './ClipFailureNotice';

type SheetState =
  | { view: 'sheet'; evidenceId: string }
  | { view: 'failed'; reason: ClipFailure; linkOnly: boolean; tabId: number; site?: string }
  | { view: 'done'; message: string };

/** Parses the window's hash: #clip/<id> or #failed/<reason>/<linkOnly 0|1>/<tabId>[/<site>]. */
export function parseSheetHash(hash: string): SheetState {
  const [view, a, b, c, d] = hash.replace(/^#/, '').split('/');
  if (view === 'clip' && a) return { view: 'sheet', evidenceId: decodeURIComponent(a) };
  if (view === 'failed' && a && isClipFailure(a)) {
    return {
      view: 'failed',
      reason: a,
      linkOnly: b === '1',
      tabId: Number(c),
      ...(d ? { site: decodeURIComponent(d) } : {}),
    };
  }
  return { view: 'done', message: i18n.t('clip.done.nothingToShow') };
}

/** The clip sheet window opened after a menu clip, a region pick or a failed quick clip. */
export function ClipSheetApp() {
  const [state, setState] = useState<SheetState>(() => parseSheetHash(location.hash));
  const [busy, setBusy] = useState(false);

  async function saveLink(tabId: number) {
    setBusy(true);
    const outcome = await requestLinkOnlyClip(tabId, 'context-menu');
    setBusy(false);
    setState(
      outcome.ok
        ? { view: 'sheet', evidenceId: outcome.evidenceId }
        : {
            view: 'failed',
            reason: outcome.failure.reason,
            linkOnly: false,
            tabId,
            site: outcome.failure.site,
          },
    );
  }

  return (
    <div className="clip-sheet-app">
      <header className="popup-header">
        <h1>
          <img src="/icon/32.png" alt="" width="20" height="20" /> {i18n.t('extName')}
        </h1>
      </header>
      {state.view === 'sheet' && (
        <ClipSheet
          evidenceId={state.evidenceId}
          onDone={(result) => {
            setState({
              view: 'done',
              message:
                result === 'saved' ? i18n.t('clip.done.saved') : i18n.t('clip.done.discarded'),
            });
            setTimeout(() => window.close(), 900);
          }}
        />
      )}
      {state.view === 'failed' && (
        <ClipFailureNotice
          reason={state.reason}
          site={state.site}
          linkOnly={state.linkOnly}
          busy={busy}
          onSaveLink={() => void saveLink(state.tabId)}
        />
      )}
      {state.view === 'done' && (
        <p role="status" className="clip-done">
          {state.message}
        </p>
      )}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { EVIDENCE_KINDS, type EvidenceKind } from '@/lib/db/records';
import { clipKindLabel } from '@/lib/clip/clipText';
import { lastUsedTags } from '@/lib/clip/lastUsedTags';
import { quickClipMode } from '@/lib/settings/clipSettings';
import { sendClipMessage } from '@/lib/clip/sendClipMessage';
import { backgroundMessenger, type ClipOutcome } from '@/lib/messaging/background';

/** "Image" needs a right-click on the image, so the popup offers every other kind. */
const POPUP_KINDS = EVIDENCE_KINDS.filter((kind) => kind !== 'image');

export type ClipPanelResult = { outcome: ClipOutcome; tabId: number; quick: boolean };

/** "Clip this page": one button per kind; the service worker does the capture. */
export function ClipPanel({ onResult }: { onResult: (result: ClipPanelResult) => void }) {
  const [quick, setQuick] = useState(false);
  const [working, setWorking] = useState<EvidenceKind | null>(null);
  useEffect(() => {
    void quickClipMode.getValue().then(setQuick);
  }, []);

  async function clip(kind: EvidenceKind) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const request = {
      tabId: tab.id,
      kind,
      source: 'popup' as const,
      ...(await lastUsedTags.getValue()),
    };
    if (kind === 'region') {
      // The student drags on the page, which closes this popup: the sheet opens in its own window.
      // The popup is gone before any answer; the worker opens the sheet or its notice.
      backgroundMessenger
        .sendMessage('clip', { request, openSheet: !quick })
        .catch(() => undefined);
      setTimeout(() => window.close(), 100);
      return;
    }
    setWorking(kind);
    const outcome = await sendClipMessage(() =>
      backgroundMessenger.sendMessage('clip', { request, openSheet: false }),
    );
    setWorking(null);
    onResult({ outcome, tabId: tab.id, quick });
  }

  return (
    <section aria-labelledby="clip-heading" className="clip-panel">
      <h2 id="clip-heading">{i18n.t('popup.clip.heading')}</h2>
      <div className="clip-kinds" role="group" aria-label={i18n.t('popup.clip.kinds')}>
        {POPUP_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            onClick={() => void clip(kind)}
            disabled={working !== null}
          >
            {clipKindLabel(kind)}
          </button>
        ))}
      </div>
      <label className="check-row">
        <input
          type="checkbox"
          checked={quick}
          onChange={(e) => {
            setQuick(e.target.checked);
            void quickClipMode.setValue(e.target.checked);
          }}
        />
        {i18n.t('popup.clip.quickSave')}
      </label>
      <p className="sr-only" role="status" aria-live="polite">
        {working ? i18n.t('popup.clip.clippingKind', { kind: clipKindLabel(working) }) : ''}
      </p>
      {working && <p className="hint">{i18n.t('popup.clip.clipping')}</p>}
    </section>
  );
}

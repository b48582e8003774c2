import { useState } from 'react';
import { i18n } from '#i18n';
import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import { createRecorderControl } from '@/lib/record/createRecorderControl';
import { LiveStatusCompact } from '../recorder/LiveStatusCompact';
import { useLiveRecording, type LiveRecording } from '../recorder/useLiveRecording';

/**
 * "Record a reflection" opens the recorder for the tab the popup was opened
 * on (the click is what lets Chromium record that tab). While a recording is
 * under way, the popup shows it instead, with Pause/Resume and Stop.
 */
export function PopupRecord({ onOpen }: { onOpen: (route: DashboardRoute) => void }) {
  const live = useLiveRecording();
  if (live === undefined) return null;
  if (live) return <PopupLiveStatus live={live} onOpen={onOpen} />;

  async function record() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    onOpen({ view: 'record', ...(tab?.id !== undefined && tab.id >= 0 ? { tabId: tab.id } : {}) });
  }

  return (
    <button
      type="button"
      className="popup-record"
      onClick={() => void record()}
      data-testid="popup-record"
    >
      <span className="rec-dot" aria-hidden="true" /> {i18n.t('popup.record.start')}
    </button>
  );
}

function PopupLiveStatus({
  live,
  onOpen,
}: {
  live: LiveRecording;
  onOpen: (route: DashboardRoute) => void;
}) {
  const [control] = useState(createRecorderControl);
  return (
    <LiveStatusCompact live={live} control={control}>
      <button type="button" className="link-button" onClick={() => onOpen({ view: 'record' })}>
        {i18n.t('popup.record.showPrompts')}
      </button>
    </LiveStatusCompact>
  );
}

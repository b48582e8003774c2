import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { i18n } from '#i18n';
import { listGoals } from '@/lib/goals/goalsRepo';
import { backgroundMessenger } from '@/lib/messaging/background';
import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import type { ClipFailureInfo } from '@/lib/clip/clipErrors';
import { requestLinkOnlyClip } from '@/lib/clip/requestLinkOnlyClip';
import { useDatabase } from '../app/DatabaseProvider';
import { ApplySchoolPolicy } from '../app/ApplySchoolPolicy';
import { useManagedPolicy } from '../app/useManagedPolicy';
import { ClipSheet } from '../clip/ClipSheet';
import { ClipFailureNotice } from '../clip/ClipFailureNotice';
import { ClipPanel, type ClipPanelResult } from './ClipPanel';
import { PopupGoals } from './PopupGoals';
import { PopupRecord } from './PopupRecord';

type View =
  | { name: 'home' }
  | { name: 'sheet'; evidenceId: string }
  | { name: 'failed'; failure: ClipFailureInfo; tabId: number }
  | { name: 'message'; text: string };

/** The toolbar popup: clip the page, record a reflection, see active goals, open the dashboard. */
export function PopupApp() {
  const { db } = useDatabase();
  const goals = useLiveQuery(
    async () => (await listGoals(db)).filter((g) => g.status === 'active'),
    [db],
  );
  const [view, setView] = useState<View>({ name: 'home' });
  const policy = useManagedPolicy();

  async function open(route: DashboardRoute) {
    // The service worker focuses an open dashboard instead of stacking tabs.
    await backgroundMessenger.sendMessage('openDashboard', route);
    window.close();
  }

  function onClipped({ outcome, tabId, quick }: ClipPanelResult) {
    if (!outcome.ok) setView({ name: 'failed', failure: outcome.failure, tabId });
    else if (quick) setView({ name: 'message', text: i18n.t('clip.done.saved') });
    else setView({ name: 'sheet', evidenceId: outcome.evidenceId });
  }

  async function saveLink(tabId: number) {
    onClipped({
      outcome: await requestLinkOnlyClip(tabId, 'popup'),
      tabId,
      quick: false,
    });
  }

  return (
    <div className="popup-app">
      <ApplySchoolPolicy policy={policy} />
      <header className="popup-header">
        <h1>
          <img src="/icon/32.png" alt="" width="20" height="20" /> {i18n.t('popup.title')}
        </h1>
      </header>
      {view.name === 'sheet' && (
        <ClipSheet
          evidenceId={view.evidenceId}
          onDone={(result) =>
            setView({
              name: 'message',
              text: result === 'saved' ? i18n.t('clip.done.saved') : i18n.t('clip.done.discarded'),
            })
          }
        />
      )}
      {view.name === 'failed' && (
        <>
          <ClipFailureNotice
            reason={view.failure.reason}
            site={view.failure.site}
            linkOnly={view.failure.linkOnly}
            onSaveLink={() => void saveLink(view.tabId)}
          />
          <button type="button" onClick={() => setView({ name: 'home' })}>
            {i18n.t('popup.back')}
          </button>
        </>
      )}
      {view.name === 'message' && (
        <p role="status" className="clip-done">
          {view.text}
        </p>
      )}
      {view.name !== 'sheet' && view.name !== 'failed' && (
        <>
          <ClipPanel onResult={onClipped} />
          <PopupRecord onOpen={(r) => void open(r)} />
          <h2 className="popup-subheading">{i18n.t('popup.activeGoals')}</h2>
          {goals ? (
            <PopupGoals goals={goals} onOpen={(r) => void open(r)} />
          ) : (
            <p role="status">{i18n.t('popup.loading')}</p>
          )}
          <div className="popup-actions">
            <button type="button" className="primary" onClick={() => void open({ view: 'goals' })}>
              {i18n.t('popup.openDashboard')}
            </button>
            <button type="button" onClick={() => void open({ view: 'new-goal' })}>
              {i18n.t('popup.newGoal')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

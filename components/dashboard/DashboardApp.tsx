import { i18n } from '#i18n';
import { useState } from 'react';
import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import { createRecorderControl } from '@/lib/record/createRecorderControl';
import { GoalsPage } from '../goals/GoalsPage';
import { SkillsPage } from '../skills/SkillsPage';
import { LibraryPage } from '../library/LibraryPage';
import { TrashPage } from '../library/TrashPage';
import { EvidenceDetailPage } from '../evidenceDetail/EvidenceDetailPage';
import { ConferencePage } from '../conference/ConferencePage';
import { SkillsMapPage } from '../skillsMap/SkillsMapPage';
import { StoragePage } from '../storage/StoragePage';
import { ExportPage } from '../export/ExportPage';
import { RecorderControlProvider } from '../recorder/RecorderControlContext';
import { InterruptedRecordingsBanner } from '../recorder/InterruptedRecordingsBanner';
import { RecordPage } from '../recorder/RecordPage';
import { RecordingAnnouncer } from '../recorder/RecordingAnnouncer';
import { ReflectionsPage } from '../reflections/ReflectionsPage';
import { ReflectionDetail } from '../reflections/ReflectionDetail';
import { PromptSetsPage } from '../prompts/PromptSetsPage';
import { ApplySchoolPolicy } from '../app/ApplySchoolPolicy';
import { RetentionReminder } from '../app/RetentionReminder';
import { UnexportedReminder } from '../app/UnexportedReminder';
import { WelcomePage } from '../onboarding/WelcomePage';
import { PrivacyPage } from '../privacy/PrivacyPage';
import { useManagedPolicy } from '../app/useManagedPolicy';
import { LiveRecordingBar } from './LiveRecordingBar';
import { useHashRoute } from './useHashRoute';

type Section =
  | 'goals'
  | 'evidence'
  | 'reflections'
  | 'skills-map'
  | 'conference'
  | 'export'
  | 'skills'
  | 'storage';

// Labels are functions so they are read in the language on screen when the nav renders.
const SECTIONS: { section: Section; href: string; label: () => string }[] = [
  { section: 'goals', href: '#/goals', label: () => i18n.t('dashboard.nav.goals') },
  { section: 'evidence', href: '#/evidence', label: () => i18n.t('dashboard.nav.evidence') },
  {
    section: 'reflections',
    href: '#/reflections',
    label: () => i18n.t('dashboard.nav.reflections'),
  },
  { section: 'skills-map', href: '#/skills-map', label: () => i18n.t('dashboard.nav.skillsMap') },
  { section: 'conference', href: '#/conference', label: () => i18n.t('dashboard.nav.conference') },
  { section: 'export', href: '#/export', label: () => i18n.t('dashboard.nav.export') },
  { section: 'skills', href: '#/skills', label: () => i18n.t('dashboard.nav.skills') },
  { section: 'storage', href: '#/storage', label: () => i18n.t('dashboard.nav.storage') },
];

/** Which nav item a route belongs to; the recorder has its own button instead. */
function sectionOf(route: DashboardRoute): Section | null {
  if (route.view === 'record' || route.view === 'welcome' || route.view === 'privacy') return null;
  if (route.view === 'reflection' || route.view === 'prompt-sets') return 'reflections';
  if (route.view === 'evidence-item' || route.view === 'trash') return 'evidence';
  const match = SECTIONS.find(({ section }) => section === route.view);
  return match ? match.section : 'goals';
}

export function DashboardApp() {
  const [route, navigate] = useHashRoute();
  // One control for the tab: on Firefox it is also the recording host.
  const [control] = useState(createRecorderControl);
  const current = sectionOf(route);
  const policy = useManagedPolicy();
  // Conference mode is a clean, full-screen walk-through: no app chrome around it.
  if (route.view === 'conference') return <ConferencePage navigate={navigate} />;
  return (
    <RecorderControlProvider control={control}>
      <div className="app">
        <a className="skip-link" href="#main">
          {i18n.t('dashboard.skipToContent')}
        </a>
        <header className="app-header">
          <h1 className="app-title">
            <img src="/icon/32.png" alt="" width="28" height="28" /> {i18n.t('extName')}
          </h1>
          <nav aria-label={i18n.t('dashboard.nav.label')}>
            <ul>
              {SECTIONS.map(({ section, href, label }) => (
                <li key={section}>
                  <a href={href} aria-current={current === section ? 'page' : undefined}>
                    {label()}
                  </a>
                </li>
              ))}
              <li>
                <a
                  href="#/record"
                  className="nav-record"
                  aria-current={route.view === 'record' ? 'page' : undefined}
                  data-testid="nav-record"
                >
                  <span className="rec-dot" aria-hidden="true" /> {i18n.t('dashboard.nav.record')}
                </a>
              </li>
            </ul>
          </nav>
        </header>
        <ApplySchoolPolicy policy={policy} />
        <InterruptedRecordingsBanner />
        <RetentionReminder policy={policy} />
        {route.view !== 'welcome' && <UnexportedReminder policy={policy} />}
        {route.view !== 'record' && <LiveRecordingBar />}
        <RecordingAnnouncer />
        <main id="main" tabIndex={-1}>
          <Page route={route} navigate={navigate} />
        </main>
        <footer className="app-footer">
          {i18n.t('dashboard.footer')}{' '}
          <a href="#/privacy" aria-current={route.view === 'privacy' ? 'page' : undefined}>
            {i18n.t('dashboard.privacyLink')}
          </a>
        </footer>
      </div>
    </RecorderControlProvider>
  );
}

function Page({
  route,
  navigate,
}: {
  route: DashboardRoute;
  navigate: (route: DashboardRoute) => void;
}) {
  switch (route.view) {
    case 'skills':
      return <SkillsPage />;
    case 'evidence':
      return <LibraryPage navigate={navigate} />;
    case 'evidence-item':
      return <EvidenceDetailPage evidenceId={route.evidenceId} navigate={navigate} />;
    case 'trash':
      return <TrashPage navigate={navigate} />;
    case 'conference':
      return <ConferencePage navigate={navigate} />;
    case 'skills-map':
      return <SkillsMapPage />;
    case 'storage':
      return <StoragePage />;
    case 'export':
      return <ExportPage />;
    case 'record':
      return <RecordPage route={route} navigate={navigate} />;
    case 'reflections':
      return <ReflectionsPage />;
    case 'reflection':
      return <ReflectionDetail reflectionId={route.reflectionId} navigate={navigate} />;
    case 'prompt-sets':
      return <PromptSetsPage goalId={route.goalId ?? null} navigate={navigate} />;
    case 'welcome':
      return <WelcomePage navigate={navigate} />;
    case 'privacy':
      return <PrivacyPage />;
    case 'goals':
    case 'goal':
    case 'new-goal':
      return <GoalsPage route={route} navigate={navigate} />;
  }
}

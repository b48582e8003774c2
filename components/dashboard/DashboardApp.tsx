import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import { GoalsPage } from '../goals/GoalsPage';
import { SkillsPage } from '../skills/SkillsPage';
import { EvidencePage } from '../evidence/EvidencePage';
import { SkillsMapPage } from '../skillsMap/SkillsMapPage';
import { StoragePage } from '../storage/StoragePage';
import { useHashRoute } from './useHashRoute';

type Section = 'goals' | 'evidence' | 'skills-map' | 'skills' | 'storage';

const SECTIONS: { section: Section; href: string; label: string }[] = [
  { section: 'goals', href: '#/goals', label: 'My goals' },
  { section: 'evidence', href: '#/evidence', label: 'My evidence' },
  { section: 'skills-map', href: '#/skills-map', label: 'Skills map' },
  { section: 'skills', href: '#/skills', label: 'Skills framework' },
  { section: 'storage', href: '#/storage', label: 'Storage' },
];

function sectionOf(route: DashboardRoute): Section {
  const match = SECTIONS.find(({ section }) => section === route.view);
  return match ? match.section : 'goals';
}

export function DashboardApp() {
  const [route, navigate] = useHashRoute();
  const current = sectionOf(route);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <h1 className="app-title">
          <img src="/icon/32.png" alt="" width="28" height="28" /> PLP Companion
        </h1>
        <nav aria-label="Dashboard">
          <ul>
            {SECTIONS.map(({ section, href, label }) => (
              <li key={section}>
                <a href={href} aria-current={current === section ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {current === 'skills' && <SkillsPage />}
        {current === 'evidence' && <EvidencePage />}
        {current === 'skills-map' && <SkillsMapPage />}
        {current === 'storage' && <StoragePage />}
        {current === 'goals' && <GoalsPage route={route} navigate={navigate} />}
      </main>
      <footer className="app-footer">
        Everything you add stays on this device. Nothing is sent anywhere unless you export it.
      </footer>
    </div>
  );
}

import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import { GoalsPage } from '../goals/GoalsPage';
import { SkillsPage } from '../skills/SkillsPage';
import { EvidencePage } from '../evidence/EvidencePage';
import { useHashRoute } from './useHashRoute';

type Section = 'goals' | 'evidence' | 'skills';

const SECTIONS: { section: Section; href: string; label: string }[] = [
  { section: 'goals', href: '#/goals', label: 'My goals' },
  { section: 'evidence', href: '#/evidence', label: 'My evidence' },
  { section: 'skills', href: '#/skills', label: 'Skills framework' },
];

function sectionOf(route: DashboardRoute): Section {
  return route.view === 'skills' || route.view === 'evidence' ? route.view : 'goals';
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
        {current === 'goals' && <GoalsPage route={route} navigate={navigate} />}
      </main>
      <footer className="app-footer">
        Everything you add stays on this device. Nothing is sent anywhere unless you export it.
      </footer>
    </div>
  );
}

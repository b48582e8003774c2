import { GoalsPage } from '../goals/GoalsPage';
import { SkillsPage } from '../skills/SkillsPage';
import { useHashRoute } from './useHashRoute';

export function DashboardApp() {
  const [route, navigate] = useHashRoute();
  const onSkills = route.view === 'skills';
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
            <li>
              <a href="#/goals" aria-current={onSkills ? undefined : 'page'}>
                My goals
              </a>
            </li>
            <li>
              <a href="#/skills" aria-current={onSkills ? 'page' : undefined}>
                Skills framework
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {onSkills ? <SkillsPage /> : <GoalsPage route={route} navigate={navigate} />}
      </main>
      <footer className="app-footer">
        Everything you add stays on this device. Nothing is sent anywhere unless you export it.
      </footer>
    </div>
  );
}

import type { ExtensionApi } from '../extensionApi';
import { DASHBOARD_PATH } from '../dashboard/openDashboard';
import { routeToHash } from '../dashboard/dashboardRoute';
import { onboardingDone } from '../onboarding/onboardingState';

type Deps = Pick<ExtensionApi, 'runtime' | 'tabs'>;

/**
 * Opens the welcome tour in a dashboard tab on a fresh install (not on updates or browser
 * updates), so the first thing a student sees explains the PLP and grants the microphone from a
 * page that can ask for it. The listener is registered synchronously: onInstalled is the event
 * that woke the worker.
 *
 * There is deliberately no uninstall hook: browsers fire no event before an uninstall, and
 * runtime.setUninstallURL would open a web page, a network call this extension never makes. The
 * dashboard's un-exported reminder (lib/data/unexportedReminder.ts) asks students to export early.
 */
export function setUpOnboarding(
  browser: Deps,
  // A student who already finished the tour (storage that outlived a reinstall) isn't sent back.
  isDone: () => Promise<boolean> = () => onboardingDone.getValue(),
): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void (async () => {
      if (await isDone().catch(() => false)) return;
      const url = browser.runtime.getURL(DASHBOARD_PATH) + routeToHash({ view: 'welcome' });
      await browser.tabs.create({ url });
    })().catch(() => undefined);
  });
}

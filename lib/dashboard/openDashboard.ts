import type { ExtensionApi } from '../extensionApi';
import { routeToHash, type DashboardRoute } from './dashboardRoute';

export const DASHBOARD_PATH = '/dashboard.html';

type Deps = Pick<ExtensionApi, 'runtime' | 'tabs' | 'windows'>;

/**
 * Focuses the dashboard tab if one is open, otherwise opens one. Students
 * click the toolbar often; a new tab each time would bury their work.
 */
export async function openDashboard(browser: Deps, route: DashboardRoute): Promise<void> {
  const base = browser.runtime.getURL(DASHBOARD_PATH);
  const url = base + routeToHash(route);
  const existing = await findDashboardTab(browser, base);
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { active: true, url });
    if (existing.windowId !== undefined)
      await browser.windows.update(existing.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}

async function findDashboardTab(browser: Deps, base: string) {
  // runtime.getContexts sees our own tabs without the "tabs" permission.
  // Browsers without it get a new tab, which is the safe fallback.
  if (typeof browser.runtime.getContexts !== 'function') return undefined;
  const contexts = await browser.runtime.getContexts({ contextTypes: ['TAB'] });
  const match = contexts.find((c) => c.documentUrl?.startsWith(base) && c.tabId >= 0);
  return match ? { id: match.tabId, windowId: match.windowId } : undefined;
}

import { defineExtensionMessaging } from '@webext-core/messaging';
import * as vr from 'valibot';
import { dashboardRouteSchema, type DashboardRoute } from '../dashboard/dashboardRoute';
import { clipRequestSchema, type ClipRequest } from '../clip/clipRequest';
import type { ClipFailureInfo } from '../clip/clipErrors';
import type { SenderKind } from './checkSender';
import { exportScopeRequestSchema, idSchema } from '../db/records';
import type { BundleScopeRequest } from '../export/bundle/bundleScope';

/** Messages the service worker answers. Only ids and small values: never media. */
export interface BackgroundProtocol {
  openDashboard(route: DashboardRoute): void;
  /** Clips a tab; `openSheet` opens the clip sheet window afterwards (when the popup has closed). */
  clip(data: { request: ClipRequest; openSheet: boolean }): ClipOutcome;
  /** Saves just the link, where the page itself can't be clipped. */
  clipLinkOnly(data: { request: ClipRequest }): ClipOutcome;
  /**
   * Starts a Google Drive export in the worker (or returns the one already running). Progress
   * is read from the driveJobs row, never sent as messages.
   */
  driveExportStart(data: { scope: BundleScopeRequest }): { jobId: string };
  driveExportCancel(data: { jobId: string }): void;
  /** Wakes the worker to go on with unfinished jobs: after sign-in, or when a heartbeat is stale. */
  driveExportResume(): void;
}

export type ClipOutcome =
  { ok: true; evidenceId: string } | { ok: false; failure: ClipFailureInfo };

/** Every message's payload schema; handlers only ever see parsed data. */
export const backgroundSchemas = {
  openDashboard: dashboardRouteSchema,
  clip: vr.object({ request: clipRequestSchema, openSheet: vr.boolean() }),
  clipLinkOnly: vr.object({ request: clipRequestSchema }),
  driveExportStart: vr.object({ scope: exportScopeRequestSchema }),
  driveExportCancel: vr.object({ jobId: idSchema }),
  driveExportResume: vr.undefined(),
} satisfies {
  [K in keyof BackgroundProtocol]: vr.GenericSchema<Parameters<BackgroundProtocol[K]>[0]>;
};

/** Which senders may send each message: extension pages only, for now. */
export const backgroundSenders = {
  openDashboard: 'extension-page',
  clip: 'extension-page',
  clipLinkOnly: 'extension-page',
  driveExportStart: 'extension-page',
  driveExportCancel: 'extension-page',
  driveExportResume: 'extension-page',
} satisfies { [K in keyof BackgroundProtocol]: SenderKind };

export const backgroundMessenger = defineExtensionMessaging<BackgroundProtocol>();

import { defineExtensionMessaging } from '@webext-core/messaging';
import * as vr from 'valibot';
import { dashboardRouteSchema, type DashboardRoute } from '../dashboard/dashboardRoute';
import { clipRequestSchema, type ClipRequest } from '../clip/clipRequest';
import type { ClipFailureInfo } from '../clip/clipErrors';
import type { SenderKind } from './checkSender';

/** Messages the service worker answers. Only ids and small values: never media. */
export interface BackgroundProtocol {
  openDashboard(route: DashboardRoute): void;
  /** Clips a tab; `openSheet` opens the clip sheet window afterwards (when the popup has closed). */
  clip(data: { request: ClipRequest; openSheet: boolean }): ClipOutcome;
  /** Saves just the link, where the page itself can't be clipped. */
  clipLinkOnly(data: { request: ClipRequest }): ClipOutcome;
}

export type ClipOutcome =
  { ok: true; evidenceId: string } | { ok: false; failure: ClipFailureInfo };

/** Every message's payload schema; handlers only ever see parsed data. */
export const backgroundSchemas = {
  openDashboard: dashboardRouteSchema,
  clip: vr.object({ request: clipRequestSchema, openSheet: vr.boolean() }),
  clipLinkOnly: vr.object({ request: clipRequestSchema }),
} satisfies {
  [K in keyof BackgroundProtocol]: vr.GenericSchema<Parameters<BackgroundProtocol[K]>[0]>;
};

/** Which senders may send each message: extension pages only, for now. */
export const backgroundSenders = {
  openDashboard: 'extension-page',
  clip: 'extension-page',
  clipLinkOnly: 'extension-page',
} satisfies { [K in keyof BackgroundProtocol]: SenderKind };

export const backgroundMessenger = defineExtensionMessaging<BackgroundProtocol>();

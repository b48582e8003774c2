import { defineExtensionMessaging } from '@webext-core/messaging';
import type * as v from 'valibot';
import { dashboardRouteSchema, type DashboardRoute } from '../dashboard/dashboardRoute';
import type { SenderKind } from './checkSender';

/** Messages the service worker answers. Only ids and small values: never media. */
export interface BackgroundProtocol {
  openDashboard(route: DashboardRoute): void;
}

/** Every message's payload schema; handlers only ever see parsed data. */
export const backgroundSchemas = {
  openDashboard: dashboardRouteSchema,
} satisfies {
  [K in keyof BackgroundProtocol]: v.GenericSchema<Parameters<BackgroundProtocol[K]>[0]>;
};

/** Which senders may send each message: extension pages only, for now. */
export const backgroundSenders = {
  openDashboard: 'extension-page',
} satisfies { [K in keyof BackgroundProtocol]: SenderKind };

export const backgroundMessenger = defineExtensionMessaging<BackgroundProtocol>();

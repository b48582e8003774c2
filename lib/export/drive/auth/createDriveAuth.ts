/** Picks how to sign in to Google Drive for this browser and build. */
import { createChromeIdentityAuth } from './chromeIdentityAuth';
import type { DriveAuth, DriveAuthDeps } from './driveAuthTypes';
import { createWebAuthFlowAuth } from './webAuthFlowAuth';

export { DriveAuthError, describeDriveAuthError, type DriveAuthErrorCode } from './driveAuthError';
export type { DriveAuth, DriveAuthDeps, IdentityApi, SessionArea } from './driveAuthTypes';

/**
 * Chrome's getAuthToken when the build has an oauth2 client id (no school setup needed, Chrome
 * handles the account); otherwise the implicit flow with the school's client id. Edge exposes
 * getAuthToken but cannot complete it, so Edge always takes the implicit flow.
 */
export function createDriveAuth(deps: DriveAuthDeps): DriveAuth {
  const isEdge = /\bEdg\//.test(deps.userAgent ?? '');
  const chromeCanSignIn =
    Boolean(deps.manifest.oauth2?.client_id) && typeof deps.identity.getAuthToken === 'function';
  return chromeCanSignIn && !isEdge ? createChromeIdentityAuth(deps) : createWebAuthFlowAuth(deps);
}

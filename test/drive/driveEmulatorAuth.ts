/**
 * Google's OAuth 2.0 implicit flow, authorization side (GET /o/oauth2/v2/auth), as the
 * extension's launchWebAuthFlow drives it. A granted sign-in mints a fresh access token that
 * the emulator's Drive endpoints accept, and redirects to
 * `${redirect_uri}#access_token=...&token_type=Bearer&expires_in=3599&scope=...&state=...`.
 *
 * Like Google, an unknown client_id or a missing redirect_uri gets an error page, not a redirect
 * (the redirect URI cannot be trusted yet); the other errors redirect with `#error=...`.
 */
import type { ServerResponse } from 'node:http';
import type { DriveEmulatorState } from './driveEmulatorState';

export const AUTHORIZE_PATH = '/o/oauth2/v2/auth';
export const APPROVE_PATH = '/o/oauth2/v2/approve';
export const DRIVE_FILE_SCOPE = 'https://www.googleapis.com/auth/drive.file';
export const TOKEN_LIFETIME_SECONDS = 3599;

/**
 * What the emulated student does on Google's consent screen:
 * - 'grant': already signed in and consented, so Google redirects at once (also with prompt=none).
 * - 'ask': Google shows an account/consent page with Allow and Deny links; prompt=none (or a
 *   non-interactive launchWebAuthFlow, which never sees a redirect) cannot get past it.
 * - 'deny': the student presses Deny, so the redirect carries error=access_denied.
 */
export type EmulatedConsent = 'grant' | 'ask' | 'deny';

export interface AuthState {
  clientIds: Set<string>;
  consent: EmulatedConsent;
  issuedTokens: string[];
}

function redirectWith(res: ServerResponse, redirectUri: string, params: Record<string, string>) {
  const fragment = new URLSearchParams(params).toString();
  res.writeHead(302, { Location: `${redirectUri}#${fragment}`, 'Content-Length': '0' });
  res.end();
  return 302;
}

function errorPage(res: ServerResponse, status: number, error: string, detail: string): number {
  const html = `<!doctype html><title>Error ${status}: ${error}</title><h1>Error ${status}: ${error}</h1><p>${detail}</p>`;
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(html);
  return status;
}

function consentPage(res: ServerResponse, query: URLSearchParams): number {
  const allow = new URLSearchParams(query);
  allow.set('decision', 'allow');
  const deny = new URLSearchParams(query);
  deny.set('decision', 'deny');
  const html = `<!doctype html><title>Sign in - Google Accounts</title>
<h1>PLP Companion wants to access your Google Drive</h1>
<a id="allow" href="${APPROVE_PATH}?${allow.toString().replaceAll('&', '&amp;')}">Allow</a>
<a id="deny" href="${APPROVE_PATH}?${deny.toString().replaceAll('&', '&amp;')}">Deny</a>`;
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(html);
  return 200;
}

function grant(
  state: DriveEmulatorState,
  auth: AuthState,
  res: ServerResponse,
  query: URLSearchParams,
) {
  const token = `ya29.emulated-${state.newId('tok')}`;
  auth.issuedTokens.push(token);
  state.validTokens.add(token);
  const params: Record<string, string> = {
    access_token: token,
    token_type: 'Bearer',
    expires_in: String(TOKEN_LIFETIME_SECONDS),
    scope: DRIVE_FILE_SCOPE,
  };
  const requestState = query.get('state');
  if (requestState !== null) params.state = requestState;
  return redirectWith(res, query.get('redirect_uri')!, params);
}

function deny(res: ServerResponse, query: URLSearchParams, error: string): number {
  const params: Record<string, string> = { error };
  const requestState = query.get('state');
  if (requestState !== null) params.state = requestState;
  return redirectWith(res, query.get('redirect_uri')!, params);
}

/** Handles GET /o/oauth2/v2/auth and the consent page's Allow/Deny links. Returns the status. */
export function handleAuthorize(
  state: DriveEmulatorState,
  auth: AuthState,
  res: ServerResponse,
  url: URL,
): number {
  const query = url.searchParams;
  const redirectUri = query.get('redirect_uri');
  if (!redirectUri)
    return errorPage(res, 400, 'invalid_request', 'Missing required parameter: redirect_uri');
  if (!auth.clientIds.has(query.get('client_id') ?? '')) {
    return errorPage(res, 401, 'invalid_client', 'The OAuth client was not found.');
  }
  if (query.get('response_type') !== 'token') return deny(res, query, 'unsupported_response_type');
  const scopes = (query.get('scope') ?? '').split(/\s+/);
  if (!scopes.includes(DRIVE_FILE_SCOPE)) return deny(res, query, 'invalid_scope');
  if (url.pathname === APPROVE_PATH) {
    return query.get('decision') === 'allow'
      ? grant(state, auth, res, query)
      : deny(res, query, 'access_denied');
  }
  if (auth.consent === 'deny') return deny(res, query, 'access_denied');
  if (auth.consent === 'ask') {
    if (query.get('prompt') === 'none') return deny(res, query, 'interaction_required');
    return consentPage(res, query);
  }
  return grant(state, auth, res, query);
}

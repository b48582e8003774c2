/**
 * Authorized requests to Drive: attaches the Bearer token, refreshes it once on 401, and (for
 * requests that are safe to repeat) retries transient failures with jittered backoff.
 */
import { backoffDelayMs, isNetworkError, isRetryableStatus, parseRetryAfterMs } from './driveRetry';
import {
  DEFAULT_RETRY_POLICY,
  DriveError,
  type DriveClientDeps,
  type RetryPolicy,
} from './driveTypes';

export interface DriveRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: BodyInit;
  signal?: AbortSignal;
}

/** Drops a response body we will not read, so the connection can be reused. */
export async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

export class DriveHttp {
  readonly policy: RetryPolicy;
  private token: string | undefined;

  constructor(readonly deps: DriveClientDeps) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...deps.retry };
  }

  url(path: string, params: Record<string, string> = {}): string {
    const url = new URL(path, this.deps.baseUrl);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    return url.href;
  }

  /**
   * One request (plus one replay after a token refresh on 401). Network errors propagate.
   * Drive's 308 "Resume Incomplete" carries no Location header, and the Fetch standard hands such
   * a redirect back as it is, so the default redirect mode lets it reach the uploader. Never
   * redirect: 'manual': in a browser that turns every 3xx into an opaque response with status 0,
   * which hides the 308 and its Range header (Node's fetch does not, so only a browser shows it).
   */
  async send(url: string, init: DriveRequestInit = {}): Promise<Response> {
    this.token ??= await this.deps.tokens.getToken(this.deps.interactive ?? false);
    let response = await this.fetchWithToken(url, init, this.token);
    if (response.status === 401) {
      await discardBody(response);
      this.token = await this.deps.tokens.refreshToken();
      response = await this.fetchWithToken(url, init, this.token);
    }
    return response;
  }

  /**
   * For idempotent requests (list, get, status queries): retries 5xx/408/429 and network
   * errors, honouring Retry-After. Returns the first response that is not transient.
   */
  async sendWithRetry(url: string, init: DriveRequestInit = {}): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      let retryAfterMs: number | undefined;
      try {
        const response = await this.send(url, init);
        if (!isRetryableStatus(response.status)) return response;
        retryAfterMs = parseRetryAfterMs(response.headers.get('Retry-After'), Date.now());
        await discardBody(response);
        if (attempt + 1 >= this.policy.maxAttempts) {
          throw new DriveError(
            'gave-up',
            `Drive kept answering ${response.status}`,
            response.status,
          );
        }
      } catch (error) {
        if (!isNetworkError(error, init.signal)) throw error;
        if (attempt + 1 >= this.policy.maxAttempts) {
          throw new DriveError('gave-up', `Network kept failing: ${String(error)}`);
        }
      }
      await this.backoff(attempt, retryAfterMs, init.signal);
    }
  }

  backoff(attempt: number, retryAfterMs: number | undefined, signal?: AbortSignal): Promise<void> {
    const delay = backoffDelayMs(attempt, this.policy, () => this.deps.random(), retryAfterMs);
    return this.deps.sleep(delay, signal);
  }

  async json<T>(response: Response, what: string): Promise<T> {
    if (!response.ok) {
      const detail = await response.text().catch(() => '');
      throw new DriveError(
        'http',
        `${what} failed with ${response.status}: ${detail}`,
        response.status,
      );
    }
    return (await response.json()) as T;
  }

  private fetchWithToken(url: string, init: DriveRequestInit, token: string): Promise<Response> {
    return this.deps.fetch(url, {
      method: init.method ?? 'GET',
      headers: { ...init.headers, Authorization: `Bearer ${token}` },
      body: init.body,
      signal: init.signal,
    });
  }
}

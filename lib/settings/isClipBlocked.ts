import { i18n } from '#i18n';
import type { ManagedPolicy } from './managedPolicy';

/**
 * The school's entry as a bare host: "Example.com.", "*.example.com" and
 * "https://example.com/page" all mean example.com (and its subdomains).
 */
function hostOfPattern(pattern: string): string {
  let host = pattern.trim().toLowerCase();
  if (host.includes('://')) {
    try {
      host = new URL(host).hostname;
    } catch {
      return '';
    }
  }
  return host
    .replace(/^\*\./, '')
    .replace(/[/:].*$/, '')
    .replace(/\.$/, '');
}

/**
 * The school's blocked domain that `url` falls under, or null when clipping it is allowed.
 * "example.com" blocks example.com and every subdomain (www.example.com), never a look-alike
 * such as notexample.com. Pages without a host (file:, browser pages) are never blocked here;
 * the clip flow refuses those for its own reasons.
 */
export function isClipBlocked(
  url: string | undefined,
  policy: Pick<ManagedPolicy, 'blockedClipDomains'>,
): string | null {
  const domains = policy.blockedClipDomains;
  if (!url || !domains?.length) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  if (!host) return null;
  for (const pattern of domains) {
    const blocked = hostOfPattern(pattern);
    if (blocked && (host === blocked || host.endsWith(`.${blocked}`))) return blocked;
  }
  return null;
}

/** What the student reads when the school blocks a site. */
export function blockedClipMessage(domain: string | null | undefined): string {
  return domain
    ? i18n.t('clip.failures.blockedSite', { domain })
    : i18n.t('clip.failures.blockedBySchool');
}

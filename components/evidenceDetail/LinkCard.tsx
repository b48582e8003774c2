import { i18n } from '#i18n';
import type { EvidenceRecord } from '@/lib/db/records';
import { isWebUrl } from '@/lib/urls/webUrl';

/**
 * A link-only clip: what the page said about itself. The favicon is shown
 * only from the small data: copy kept with the clip; the site's favicon and
 * preview image addresses are shown as text and never loaded, so opening
 * the library tells no website anything.
 */
export function LinkCard({ record }: { record: EvidenceRecord }) {
  const favicon = record.faviconDataUrl?.startsWith('data:image/') ? record.faviconDataUrl : null;
  return (
    <div className="evidence-link-card" data-testid="link-card">
      {favicon && (
        <img className="evidence-link-favicon" src={favicon} alt="" width="32" height="32" />
      )}
      <div className="evidence-link-body">
        <p className="evidence-link-title">{record.pageTitle || record.title || record.url}</p>
        <p className="evidence-link-url" dir="ltr">
          {isWebUrl(record.url) ? (
            <a href={record.url} target="_blank" rel="noopener noreferrer">
              {record.url}
            </a>
          ) : (
            record.url
          )}
        </p>
        {(record.description || record.excerpt) && (
          <p className="evidence-link-description">{record.description || record.excerpt}</p>
        )}
        {(record.faviconUrl || record.ogImageUrl) && (
          <dl className="evidence-link-images">
            {record.faviconUrl && (
              <div>
                <dt>{i18n.t('evidenceDetail.link.faviconAddress')}</dt>
                <dd dir="ltr">{record.faviconUrl}</dd>
              </div>
            )}
            {record.ogImageUrl && (
              <div>
                <dt>{i18n.t('evidenceDetail.link.previewAddress')}</dt>
                <dd dir="ltr">{record.ogImageUrl}</dd>
              </div>
            )}
          </dl>
        )}
        <p className="hint">{i18n.t('evidenceDetail.link.onlyLink')}</p>
      </div>
    </div>
  );
}

import { i18n } from '#i18n';
import { uiLanguage } from '@/lib/i18n/documentLocale';
import type { StorageSummary } from '@/lib/storage/storageUsage';
import { formatBytes } from '@/lib/storage/formatBytes';

// Chromium's names for the parts of usageDetails, in the student's words.
const DETAIL_KEYS = {
  indexedDB: 'storage.meter.indexedDB',
  caches: 'storage.meter.caches',
  serviceWorkerRegistrations: 'storage.meter.serviceWorkerRegistrations',
  fileSystem: 'storage.meter.fileSystem',
} as const;

/** A part of usageDetails by name; a part Chromium adds later shows under its own name. */
function detailLabel(kind: string): string {
  return Object.hasOwn(DETAIL_KEYS, kind)
    ? i18n.t(DETAIL_KEYS[kind as keyof typeof DETAIL_KEYS])
    : kind;
}

/** How much space is used and how much is left, as a meter and in words. */
export function StorageMeter({ summary }: { summary: StorageSummary }) {
  const { usage, quota, free, usageDetails } = summary;
  const details = Object.entries(usageDetails ?? {}).filter(([, bytes]) => bytes > 0);
  const locale = uiLanguage();
  const bytesText = (bytes: number) => formatBytes(bytes, locale);
  let words: string;
  if (usage !== null && quota !== null && free !== null)
    words = i18n.t('storage.meter.usedOfQuota', {
      used: bytesText(usage),
      quota: bytesText(quota),
      free: bytesText(free),
    });
  else if (usage !== null) words = i18n.t('storage.meter.used', { used: bytesText(usage) });
  else words = i18n.t('storage.meter.unknown');
  return (
    <div className="storage-meter">
      {usage !== null && quota !== null && quota > 0 && (
        <meter
          id="storage-meter"
          aria-labelledby="storage-meter-text"
          min={0}
          max={quota}
          value={Math.min(usage, quota)}
          low={quota * 0.7}
          high={quota * 0.9}
          optimum={0}
        />
      )}
      <p id="storage-meter-text" data-testid="storage-meter-text">
        {words}
      </p>
      {details.length > 0 && (
        <ul className="storage-details" aria-label={i18n.t('storage.meter.detailsLabel')}>
          {details.map(([kind, bytes]) => (
            <li key={kind}>
              {i18n.t('storage.meter.detail', { label: detailLabel(kind), size: bytesText(bytes) })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import type { StorageSummary } from '@/lib/storage/storageUsage';
import { formatBytes } from '@/lib/storage/formatBytes';

// Chromium's names for the parts of usageDetails, in the student's words.
const DETAIL_LABELS: Record<string, string> = {
  indexedDB: 'Clips, goals and reflections',
  caches: 'Cached files',
  serviceWorkerRegistrations: 'Extension background',
  fileSystem: 'Files',
};

/** How much space is used and how much is left, as a meter and in words. */
export function StorageMeter({ summary }: { summary: StorageSummary }) {
  const { usage, quota, free, usageDetails } = summary;
  const details = Object.entries(usageDetails ?? {}).filter(([, bytes]) => bytes > 0);
  let words: string;
  if (usage !== null && quota !== null && free !== null)
    words = `${formatBytes(usage)} of ${formatBytes(quota)} used, ${formatBytes(free)} free`;
  else if (usage !== null) words = `${formatBytes(usage)} used`;
  else words = 'This browser doesn’t say how much space PLP Companion uses.';
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
        <ul className="storage-details" aria-label="What uses the space">
          {details.map(([kind, bytes]) => (
            <li key={kind}>
              {DETAIL_LABELS[kind] ?? kind}: {formatBytes(bytes)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

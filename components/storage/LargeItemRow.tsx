import { i18n } from '#i18n';
import { uiLanguage } from '@/lib/i18n/documentLocale';
import type { LargeItem } from '@/lib/storage/storageUsage';
import { clipKindLabel } from '@/lib/clip/clipText';
import { formatBytes } from '@/lib/storage/formatBytes';

/** One of the largest clips: what it is, how big, and ways to look at it or delete it. */
export function LargeItemRow({
  item,
  busy,
  onDelete,
}: {
  item: LargeItem;
  busy: boolean;
  onDelete: (item: LargeItem) => void;
}) {
  const headingId = `large-item-${item.id}`;
  const captured = new Date(item.capturedAt);
  return (
    <li
      className="large-item"
      aria-labelledby={headingId}
      data-testid="large-item"
      data-evidence-id={item.id}
    >
      <div className="large-item-body">
        <h4 id={headingId}>{item.title}</h4>
        <p className="hint">
          {i18n.t('storage.item.kindAndDate', { kind: clipKindLabel(item.kind) })}{' '}
          <time dateTime={captured.toISOString()}>{captured.toLocaleDateString()}</time>
        </p>
      </div>
      <p className="large-item-size" data-testid="large-item-size">
        {formatBytes(item.bytes, uiLanguage())}
      </p>
      <div className="goal-actions">
        {item.hasSavedCopy && (
          <a href={`viewer.html#${encodeURIComponent(item.id)}`} target="_blank" rel="noopener">
            {i18n.t('storage.item.openSavedCopy')}
          </a>
        )}
        <button
          type="button"
          className="danger"
          disabled={busy}
          aria-describedby={headingId}
          onClick={() => onDelete(item)}
        >
          {i18n.t('storage.item.delete')}
        </button>
      </div>
    </li>
  );
}

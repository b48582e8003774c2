import { i18n } from '#i18n';
import { clipKindLabel } from '@/lib/clip/clipText';
import { uiLanguage } from '@/lib/i18n/documentLocale';
import { routeToHash } from '@/lib/dashboard/dashboardRoute';
import type { LibraryCard } from '@/lib/library/loadLibraryCards';

function kindLabel(item: LibraryCard): string {
  if (item.kind !== 'reflection') return clipKindLabel(item.kind);
  // A card's status is only set for recorded reflections.
  return item.status === null
    ? i18n.t('goalPage.timeline.writtenReflection')
    : i18n.t('goalPage.timeline.videoReflection');
}

const DATE_STYLE: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', year: 'numeric' };

/** One clip or reflection on the timeline, linking to its own page. */
export function TimelineEntry({ item }: { item: LibraryCard }) {
  const date = new Date(item.date);
  const dateText = date.toLocaleDateString(uiLanguage(), DATE_STYLE);
  const href = routeToHash(
    item.table === 'evidence'
      ? { view: 'evidence-item', evidenceId: item.id }
      : { view: 'reflection', reflectionId: item.id },
  );
  return (
    <li
      className={`timeline-item timeline-${item.table}`}
      data-testid="timeline-item"
      data-kind={item.kind}
    >
      <p className="timeline-meta">
        <time dateTime={date.toISOString()}>{dateText}</time> ·{' '}
        <span className="timeline-kind">{kindLabel(item)}</span>
      </p>
      <a className="timeline-title" href={href}>
        {item.title || i18n.t('goalPage.timeline.untitled')}
      </a>
      {item.notePreview && <p className="timeline-note">{item.notePreview}</p>}
    </li>
  );
}

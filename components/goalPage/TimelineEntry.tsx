import { CLIP_KIND_LABELS } from '@/lib/clip/clipText';
import { routeToHash } from '@/lib/dashboard/dashboardRoute';
import type { LibraryCard } from '@/lib/library/loadLibraryCards';

function kindLabel(item: LibraryCard): string {
  if (item.kind !== 'reflection') return CLIP_KIND_LABELS[item.kind];
  // A card's status is only set for recorded reflections.
  return item.status === null ? 'Written reflection' : 'Video reflection';
}

/** One clip or reflection on the timeline, linking to its own page. */
export function TimelineEntry({ item }: { item: LibraryCard }) {
  const date = new Date(item.date);
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
        <time dateTime={date.toISOString()}>
          {date.toLocaleDateString(undefined, { month: 'short', day: 'numeric', year: 'numeric' })}
        </time>{' '}
        · <span className="timeline-kind">{kindLabel(item)}</span>
      </p>
      <a className="timeline-title" href={href}>
        {item.title || 'Untitled'}
      </a>
      {item.notePreview && <p className="timeline-note">{item.notePreview}</p>}
    </li>
  );
}

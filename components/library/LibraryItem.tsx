import { i18n } from '#i18n';
import type { MouseEvent } from 'react';
import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import { routeToHash } from '@/lib/dashboard/dashboardRoute';
import { libraryKeyString } from '@/lib/library/libraryQuery';
import type { LibraryCard } from '@/lib/library/loadLibraryCards';
import { formatLibraryDate, libraryItemTitle, libraryKindLabel } from '@/lib/library/libraryText';
import { libraryItemRoute } from '@/lib/library/libraryItemRoute';
import { LibraryThumbnail } from './LibraryThumbnail';
import type { ItemPosition } from './LibraryResults';

interface Props {
  card: LibraryCard;
  position: ItemPosition;
  selected: boolean;
  goalTitles: string[];
  skillNames: string[];
  onSelect: (key: string, checked: boolean, range: boolean) => void;
  navigate: (route: DashboardRoute) => void;
}

/** One clip or reflection: select it, open it, or open its saved copy. */
export function LibraryItem({
  card,
  position,
  selected,
  goalTitles,
  skillNames,
  onSelect,
  navigate,
}: Props) {
  const key = libraryKeyString(card);
  const titleId = `library-title-${key}`;
  const title = libraryItemTitle(card);
  const route = libraryItemRoute(card);
  const open = (event: MouseEvent) => {
    // Let modified clicks open a new tab the browser's way.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(route);
  };
  return (
    <div
      role="listitem"
      aria-setsize={position.setSize}
      aria-posinset={position.index + 1}
      aria-labelledby={titleId}
      className={selected ? 'library-item is-selected' : 'library-item'}
      data-testid="library-item"
      data-key={key}
    >
      <input
        type="checkbox"
        className="library-item-check"
        checked={selected}
        aria-label={i18n.t('library.item.select', { title })}
        onChange={(event) => {
          const native = event.nativeEvent;
          onSelect(key, event.target.checked, 'shiftKey' in native && native.shiftKey === true);
        }}
      />
      <LibraryThumbnail mediaId={card.imageMediaId} kind={card.kind} />
      <div className="library-item-body">
        <h3 id={titleId} className="library-item-title">
          <a href={routeToHash(route)} onClick={open}>
            {title}
          </a>
        </h3>
        <p className="hint">
          {libraryKindLabel(card.kind)} ·{' '}
          <time dateTime={new Date(card.date).toISOString()}>{formatLibraryDate(card.date)}</time>
        </p>
        {card.notePreview && <p className="library-item-note">{card.notePreview}</p>}
        {goalTitles.length > 0 && (
          <ul className="library-chips" aria-label={i18n.t('library.item.goals')}>
            {goalTitles.map((goal) => (
              <li key={goal}>{goal}</li>
            ))}
          </ul>
        )}
        {skillNames.length > 0 && (
          <ul
            className="library-chips library-chips-skills"
            aria-label={i18n.t('library.item.skills')}
          >
            {skillNames.map((skill) => (
              <li key={skill}>{skill}</li>
            ))}
          </ul>
        )}
        {card.table === 'evidence' && card.mediaId && (
          <a
            className="library-item-copy"
            href={`viewer.html#${encodeURIComponent(card.id)}`}
            target="_blank"
            rel="noopener"
            aria-describedby={titleId}
          >
            {i18n.t('library.item.openSavedCopy')}
          </a>
        )}
      </div>
    </div>
  );
}

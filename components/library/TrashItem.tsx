import { i18n } from '#i18n';
import type { LibraryCard } from '@/lib/library/loadLibraryCards';
import { libraryKeyString } from '@/lib/library/libraryQuery';
import { trashExpiresAt } from '@/lib/library/trash';
import {
  expiresSentence,
  formatLibraryDate,
  libraryItemTitle,
  libraryKindLabel,
} from '@/lib/library/libraryText';
import { LibraryThumbnail } from './LibraryThumbnail';
import type { ItemPosition } from './LibraryResults';

interface Props {
  card: LibraryCard;
  position: ItemPosition;
  now: number;
  busy: boolean;
  onRestore: (card: LibraryCard) => void;
  onDeleteForever: (card: LibraryCard) => void;
}

/** One trashed item: what it is, when it goes for good, and the two ways out. */
export function TrashItem({ card, position, now, busy, onRestore, onDeleteForever }: Props) {
  const key = libraryKeyString(card);
  const titleId = `trash-title-${key}`;
  const title = libraryItemTitle(card);
  return (
    <div
      role="listitem"
      aria-setsize={position.setSize}
      aria-posinset={position.index + 1}
      aria-labelledby={titleId}
      className="library-item trash-item"
      data-testid="library-item"
      data-key={key}
    >
      <LibraryThumbnail mediaId={card.imageMediaId} kind={card.kind} />
      <div className="library-item-body">
        <h3 id={titleId} className="library-item-title">
          {title}
        </h3>
        <p className="hint">
          {libraryKindLabel(card.kind)} ·{' '}
          <time dateTime={new Date(card.date).toISOString()}>{formatLibraryDate(card.date)}</time>
        </p>
        {card.deletedAt !== null && (
          <p className="trash-expiry" data-testid="trash-expiry">
            {expiresSentence(trashExpiresAt(card.deletedAt), now)}
          </p>
        )}
        <div className="goal-actions">
          <button
            type="button"
            aria-describedby={titleId}
            aria-disabled={busy}
            onClick={() => !busy && onRestore(card)}
          >
            {i18n.t('library.trash.restore')}
          </button>
          <button
            type="button"
            className="danger"
            aria-describedby={titleId}
            aria-disabled={busy}
            onClick={() => !busy && onDeleteForever(card)}
          >
            {i18n.t('library.trash.deleteForever')}
          </button>
        </div>
      </div>
    </div>
  );
}

import { i18n } from '#i18n';
import type { GoalRecord } from '@/lib/db/records';
import type { LibraryCard } from '@/lib/library/loadLibraryCards';
import { libraryKeyString } from '@/lib/library/libraryQuery';
import { cardKindLabel } from '@/lib/conference/conferenceText';
import { STATUS_LABELS } from '@/lib/goals/goalText';

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** One goal in the plan: tick it, then tick which of its items to show. */
export function PlanGoalOption({
  goal,
  picked,
  items,
  isItemPicked,
  shownUnder,
  onPickGoal,
  onPickItem,
}: {
  goal: GoalRecord;
  picked: boolean;
  /** Undefined while loading. */
  items: readonly LibraryCard[] | undefined;
  isItemPicked: (item: LibraryCard) => boolean;
  /** The earlier goal an item is already shown with, by title, or null. */
  shownUnder: (item: LibraryCard) => string | null;
  onPickGoal: (picked: boolean) => void;
  onPickItem: (item: LibraryCard, picked: boolean) => void;
}) {
  const goalInputId = `plan-goal-${goal.id}`;
  return (
    <li className="plan-goal" data-testid="plan-goal">
      <div className="plan-goal-head">
        <input
          id={goalInputId}
          type="checkbox"
          checked={picked}
          onChange={(event) => onPickGoal(event.target.checked)}
        />
        <label htmlFor={goalInputId}>
          <strong>{goal.title}</strong>{' '}
          <span className={`plan-status plan-status-${goal.status}`}>
            {STATUS_LABELS[goal.status]}
          </span>
        </label>
      </div>
      {picked && (
        <fieldset className="plan-items">
          <legend>{i18n.t('conference.planGoal.itemsLegend', { title: goal.title })}</legend>
          {items === undefined && <p role="status">{i18n.t('conference.planGoal.loading')}</p>}
          {items?.length === 0 && (
            <p className="hint">{i18n.t('conference.planGoal.nothingTagged')}</p>
          )}
          {items && items.length > 0 && (
            <ul>
              {items.map((item) => {
                const inputId = `plan-item-${goal.id}-${libraryKeyString(item)}`;
                const elsewhere = shownUnder(item);
                return (
                  <li key={libraryKeyString(item)}>
                    <input
                      id={inputId}
                      type="checkbox"
                      checked={isItemPicked(item)}
                      onChange={(event) => onPickItem(item, event.target.checked)}
                    />
                    <label htmlFor={inputId}>
                      {item.title || i18n.t('conference.planGoal.untitled')}
                      <span className="hint">
                        {' '}
                        · {cardKindLabel(item)} · {DATE_FORMAT.format(item.date)}
                        {elsewhere &&
                          ` · ${i18n.t('conference.planGoal.shownWith', { title: elsewhere })}`}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
        </fieldset>
      )}
    </li>
  );
}

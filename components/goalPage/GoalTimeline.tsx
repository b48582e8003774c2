import { i18n } from '#i18n';
import { useId } from 'react';
import { groupByMonth } from '@/lib/goals/groupByMonth';
import type { LibraryCard } from '@/lib/library/loadLibraryCards';
import { TimelineEntry } from './TimelineEntry';

/** The goal's clips and reflections, oldest first, month by month: growth over time. */
export function GoalTimeline({ items }: { items: LibraryCard[] }) {
  const ids = useId();
  const months = groupByMonth(items);
  return (
    <section className="goal-timeline" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{i18n.t('goalPage.timeline.heading')}</h3>
      {items.length === 0 ? (
        <p className="hint" data-testid="timeline-empty">
          {i18n.t('goalPage.timeline.empty')}
        </p>
      ) : (
        <p className="hint">{i18n.t('goalPage.timelineCount', items.length)}</p>
      )}
      {months.map((month) => (
        <section key={month.key} className="timeline-month" aria-labelledby={`${ids}-${month.key}`}>
          <h4 id={`${ids}-${month.key}`}>{month.label}</h4>
          <ol className="timeline-list">
            {month.items.map((item) => (
              <TimelineEntry key={`${item.table}:${item.id}`} item={item} />
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

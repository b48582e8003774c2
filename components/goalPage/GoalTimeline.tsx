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
      <h3 id={`${ids}-heading`}>Timeline</h3>
      {items.length === 0 ? (
        <p className="hint" data-testid="timeline-empty">
          Nothing here yet. Clip evidence or write a reflection and tag it with this goal, and it
          shows up here in time order.
        </p>
      ) : (
        <p className="hint">
          {items.length === 1 ? '1 item' : `${items.length} items`}, oldest first.
        </p>
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

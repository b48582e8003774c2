import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { listGoals } from '@/lib/goals/goalsRepo';
import { listReflections } from '@/lib/reflections/reflectionsRepo';
import type { ReflectionRecord } from '@/lib/db/records';
import { useDatabase } from '../app/DatabaseProvider';
import { ReflectionListItem } from './ReflectionListItem';

const COUNT_KEYS = {
  recording: 'reflections.countRecording',
  processing: 'reflections.countProcessing',
  failed: 'reflections.countFailed',
} as const;

/** A sentence for the live region: changes when a reflection starts, finishes or fails. */
function summary(reflections: ReflectionRecord[]): string {
  const counts = new Map<string, number>();
  for (const r of reflections) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const parts = (['recording', 'processing', 'failed'] as const)
    .filter((status) => counts.get(status))
    .map((status) => i18n.t(COUNT_KEYS[status], counts.get(status) ?? 0));
  return parts.length > 0 ? i18n.t('reflections.page.summary', { parts: parts.join(', ') }) : '';
}

/** The student's reflections, newest first, with their processing state. */
export function ReflectionsPage() {
  const { db } = useDatabase();
  const reflections = useLiveQuery(() => listReflections(db), [db]);
  const goals = useLiveQuery(() => listGoals(db), [db]);
  if (!reflections || !goals) return <p role="status">{i18n.t('reflections.page.loading')}</p>;
  const goalTitles = new Map(goals.map((goal) => [goal.id, goal.title]));
  return (
    <section aria-labelledby="reflections-heading">
      <div className="page-heading">
        <h2 id="reflections-heading">{i18n.t('reflections.page.heading')}</h2>
        <div className="goal-actions">
          <a href="#/prompt-sets">{i18n.t('reflections.page.promptSets')}</a>
          <a className="button-link primary" href="#/record">
            {i18n.t('reflections.page.record')}
          </a>
        </div>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {summary(reflections)}
      </p>
      {reflections.length === 0 ? (
        <div className="empty-state" data-testid="reflections-empty-state">
          <h3>{i18n.t('reflections.page.emptyHeading')}</h3>
          <p>{i18n.t('reflections.page.emptyText')}</p>
          <a className="button-link primary" href="#/record">
            {i18n.t('reflections.page.record')}
          </a>
        </div>
      ) : (
        <ul
          className="evidence-list reflection-list"
          aria-label={i18n.t('reflections.page.listLabel')}
        >
          {reflections.map((reflection) => (
            <ReflectionListItem
              key={reflection.id}
              reflection={reflection}
              goalTitles={reflection.goalIds.flatMap((id) => goalTitles.get(id) ?? [])}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

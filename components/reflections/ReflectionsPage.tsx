import { useLiveQuery } from 'dexie-react-hooks';
import { listGoals } from '@/lib/goals/goalsRepo';
import { listReflections } from '@/lib/reflections/reflectionsRepo';
import type { ReflectionRecord } from '@/lib/db/records';
import { useDatabase } from '../app/DatabaseProvider';
import { ReflectionListItem } from './ReflectionListItem';

const STATUS_WORDS: Record<ReflectionRecord['status'], string> = {
  recording: 'recording',
  processing: 'processing',
  ready: 'ready',
  failed: 'failed',
};

/** A sentence for the live region: changes when a reflection starts, finishes or fails. */
function summary(reflections: ReflectionRecord[]): string {
  const counts = new Map<string, number>();
  for (const r of reflections) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const parts = (['recording', 'processing', 'failed'] as const)
    .filter((status) => counts.get(status))
    .map((status) => `${counts.get(status)} ${STATUS_WORDS[status]}`);
  return parts.length > 0 ? `Reflections: ${parts.join(', ')}.` : '';
}

/** The student's reflections, newest first, with their processing state. */
export function ReflectionsPage() {
  const { db } = useDatabase();
  const reflections = useLiveQuery(() => listReflections(db), [db]);
  const goals = useLiveQuery(() => listGoals(db), [db]);
  if (!reflections || !goals) return <p role="status">Loading your reflections…</p>;
  const goalTitles = new Map(goals.map((goal) => [goal.id, goal.title]));
  return (
    <section aria-labelledby="reflections-heading">
      <div className="page-heading">
        <h2 id="reflections-heading">My reflections</h2>
        <div className="goal-actions">
          <a href="#/prompt-sets">Prompt sets</a>
          <a className="button-link primary" href="#/record">
            Record a reflection
          </a>
        </div>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {summary(reflections)}
      </p>
      {reflections.length === 0 ? (
        <div className="empty-state" data-testid="reflections-empty-state">
          <h3>Record your first reflection</h3>
          <p>
            A reflection is a short video where you show your work and talk about what you learned.
            Prompts on screen help you know what to say. It stays on this device until you share it.
          </p>
          <a className="button-link primary" href="#/record">
            Record a reflection
          </a>
        </div>
      ) : (
        <ul className="evidence-list reflection-list" aria-label="Reflections, newest first">
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

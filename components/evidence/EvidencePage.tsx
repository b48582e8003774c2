import { useLiveQuery } from 'dexie-react-hooks';
import { listGoals } from '@/lib/goals/goalsRepo';
import { recentEvidence, RECENT_EVIDENCE_LIMIT } from '@/lib/evidence/recentEvidence';
import { useDatabase } from '../app/DatabaseProvider';
import { EvidenceItem } from './EvidenceItem';

/** The student's clips, newest first, each one click from its saved copy and its sheet. */
export function EvidencePage() {
  const { db } = useDatabase();
  const items = useLiveQuery(() => recentEvidence(db), [db]);
  const goals = useLiveQuery(() => listGoals(db), [db]);
  if (!items || !goals) return <p role="status">Loading your evidence…</p>;
  const goalTitles = new Map(goals.map((goal) => [goal.id, goal.title]));
  return (
    <section aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">My evidence</h2>
      {items.length === 0 ? (
        <div className="empty-state" data-testid="evidence-empty-state">
          <h3>Clip your first piece of evidence</h3>
          <p>
            Evidence is anything on the web that shows your learning: your own work, an article that
            changed your mind, a project page. To save it:
          </p>
          <ul>
            <li>click the PLP Companion button in the toolbar and choose what to clip;</li>
            <li>right-click a page, a selection, an image or a link and choose “… to my PLP”;</li>
            <li>or press Alt+Shift+S to save what you see to your last-used goals.</li>
          </ul>
        </div>
      ) : (
        <>
          <p className="hint">
            {items.length === RECENT_EVIDENCE_LIMIT
              ? `Your ${RECENT_EVIDENCE_LIMIT} most recent clips.`
              : `${items.length} ${items.length === 1 ? 'clip' : 'clips'}.`}
          </p>
          <ul className="evidence-list" aria-label="Clips, newest first">
            {items.map((item) => (
              <EvidenceItem
                key={item.id}
                item={item}
                goalTitles={item.goalIds.flatMap((id) => goalTitles.get(id) ?? [])}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

import type { GoalRecord, GoalStatus } from '@/lib/db/records';

/** Edit, and the status changes that fit the goal's current status. */
export function GoalStatusActions({
  goal,
  headingId,
  onEdit,
  onSetStatus,
}: {
  goal: GoalRecord;
  headingId: string;
  onEdit: () => void;
  onSetStatus: (status: GoalStatus) => void;
}) {
  return (
    <div className="goal-actions" role="group" aria-label={`Actions for ${goal.title}`}>
      <button type="button" onClick={onEdit} aria-describedby={headingId}>
        Edit
      </button>
      {goal.status === 'active' && (
        <button type="button" className="primary" onClick={() => onSetStatus('achieved')}>
          Mark achieved
        </button>
      )}
      {goal.status !== 'active' && (
        <button type="button" onClick={() => onSetStatus('active')}>
          Reactivate
        </button>
      )}
      {goal.status !== 'archived' && (
        <button type="button" onClick={() => onSetStatus('archived')}>
          Archive
        </button>
      )}
    </div>
  );
}

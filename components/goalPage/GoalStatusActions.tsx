import { i18n } from '#i18n';
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
    <div
      className="goal-actions"
      role="group"
      aria-label={i18n.t('goals.card.actionsFor', { title: goal.title })}
    >
      <button type="button" onClick={onEdit} aria-describedby={headingId}>
        {i18n.t('goals.card.edit')}
      </button>
      {goal.status === 'active' && (
        <button type="button" className="primary" onClick={() => onSetStatus('achieved')}>
          {i18n.t('goals.card.markAchieved')}
        </button>
      )}
      {goal.status !== 'active' && (
        <button type="button" onClick={() => onSetStatus('active')}>
          {i18n.t('goalPage.reactivate')}
        </button>
      )}
      {goal.status !== 'archived' && (
        <button type="button" onClick={() => onSetStatus('archived')}>
          {i18n.t('goals.card.archive')}
        </button>
      )}
    </div>
  );
}

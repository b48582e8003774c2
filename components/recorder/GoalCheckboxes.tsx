import { i18n } from '#i18n';
import type { ReactNode } from 'react';
import type { GoalRecord } from '@/lib/db/records';

/** Goals to tag, as checkboxes (the clip sheet's pattern). */
export function GoalCheckboxes({
  goals,
  selected,
  onChange,
  legend,
  emptyHint,
}: {
  goals: GoalRecord[];
  selected: string[];
  onChange: (ids: string[]) => void;
  legend: string;
  /** Shown when there is no goal to tick (by default: tag this reflection later). */
  emptyHint?: ReactNode;
}) {
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {goals.length === 0 && (
        <p className="hint">{emptyHint ?? i18n.t('recorder.goals.noActiveGoals')}</p>
      )}
      {goals.map((goal) => (
        <label key={goal.id} className="check-row">
          <input
            type="checkbox"
            checked={selected.includes(goal.id)}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...selected, goal.id] : selected.filter((id) => id !== goal.id),
              )
            }
          />
          {goal.title}
        </label>
      ))}
    </fieldset>
  );
}

import type { ReactNode } from 'react';
import type { GoalRecord } from '@/lib/db/records';

/** Goals to tag, as checkboxes (the clip sheet's pattern). */
export function GoalCheckboxes({
  goals,
  selected,
  onChange,
  legend,
  emptyHint = 'You have no active goals yet. You can tag this reflection later.',
}: {
  goals: GoalRecord[];
  selected: string[];
  onChange: (ids: string[]) => void;
  legend: string;
  /** Shown when there is no goal to tick. */
  emptyHint?: ReactNode;
}) {
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {goals.length === 0 && <p className="hint">{emptyHint}</p>}
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

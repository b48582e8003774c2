import type { GoalRecord } from '@/lib/db/records';

/** The goals a clip is evidence for, as checkboxes (the clip sheet's pattern). */
export function GoalTagCheckboxes({
  goals,
  selected,
  onChange,
}: {
  goals: GoalRecord[];
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  return (
    <fieldset className="field">
      <legend>Goals this is evidence for</legend>
      {goals.length === 0 && (
        <p className="hint">
          You have no active goals yet. Add one under <a href="#/goals">My goals</a>, then tag this
          clip.
        </p>
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

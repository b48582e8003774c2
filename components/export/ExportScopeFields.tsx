import type { GoalRecord } from '@/lib/db/records';
import type { ExportScopeForm } from '@/lib/export/exportScopeFromForm';

interface ExportScopeFieldsProps {
  form: ExportScopeForm;
  goals: readonly GoalRecord[];
  disabled: boolean;
  onChange: (form: ExportScopeForm) => void;
}

const CHOICES: { kind: ExportScopeForm['kind']; label: string }[] = [
  { kind: 'everything', label: 'Everything' },
  { kind: 'goals', label: 'Chosen goals' },
  { kind: 'dates', label: 'A date range' },
];

/** What to put in the bundle: everything, some goals, a range of days, or the library's selection. */
export function ExportScopeFields({ form, goals, disabled, onChange }: ExportScopeFieldsProps) {
  const count = form.items.length;
  const choices =
    count === 0
      ? CHOICES
      : [
          {
            kind: 'items' as const,
            label: `The ${count} item${count === 1 ? '' : 's'} you selected in My evidence`,
          },
          ...CHOICES,
        ];
  const toggleGoal = (goalId: string, checked: boolean) =>
    onChange({
      ...form,
      goalIds: checked ? [...form.goalIds, goalId] : form.goalIds.filter((id) => id !== goalId),
    });
  return (
    <fieldset className="field export-scope" disabled={disabled}>
      <legend>What to include</legend>
      {choices.map(({ kind, label }) => (
        <label key={kind} className="check-row">
          <input
            type="radio"
            name="export-scope"
            value={kind}
            checked={form.kind === kind}
            onChange={() => onChange({ ...form, kind })}
          />{' '}
          {label}
        </label>
      ))}
      {form.kind === 'goals' && (
        <fieldset className="export-sub-fields">
          <legend>Goals to include</legend>
          {goals.length === 0 ? (
            <p className="hint">You have no goals yet.</p>
          ) : (
            goals.map((goal) => (
              <label key={goal.id} className="check-row">
                <input
                  type="checkbox"
                  checked={form.goalIds.includes(goal.id)}
                  onChange={(event) => toggleGoal(goal.id, event.target.checked)}
                />{' '}
                {goal.title}
              </label>
            ))
          )}
        </fieldset>
      )}
      {form.kind === 'dates' && (
        <fieldset className="export-sub-fields export-dates">
          <legend>Days to include (leave one empty to keep that side open)</legend>
          <label>
            From{' '}
            <input
              type="date"
              value={form.from}
              onChange={(event) => onChange({ ...form, from: event.target.value })}
            />
          </label>
          <label>
            To{' '}
            <input
              type="date"
              value={form.to}
              onChange={(event) => onChange({ ...form, to: event.target.value })}
            />
          </label>
        </fieldset>
      )}
    </fieldset>
  );
}

import { i18n } from '#i18n';
import type { GoalRecord } from '@/lib/db/records';
import type { ExportScopeForm } from '@/lib/export/exportScopeFromForm';

interface ExportScopeFieldsProps {
  form: ExportScopeForm;
  goals: readonly GoalRecord[];
  disabled: boolean;
  onChange: (form: ExportScopeForm) => void;
}

/** Built at render, so the labels are in the language on screen. */
function baseChoices(): { kind: ExportScopeForm['kind']; label: string }[] {
  return [
    { kind: 'everything', label: i18n.t('export.scope.everything') },
    { kind: 'goals', label: i18n.t('export.scope.chosenGoals') },
    { kind: 'dates', label: i18n.t('export.scope.dateRange') },
  ];
}

/** What to put in the bundle: everything, some goals, a range of days, or the library's selection. */
export function ExportScopeFields({ form, goals, disabled, onChange }: ExportScopeFieldsProps) {
  const count = form.items.length;
  const choices =
    count === 0
      ? baseChoices()
      : [
          {
            kind: 'items' as const,
            label: i18n.t('export.scope.selectedItems', count),
          },
          ...baseChoices(),
        ];
  const toggleGoal = (goalId: string, checked: boolean) =>
    onChange({
      ...form,
      goalIds: checked ? [...form.goalIds, goalId] : form.goalIds.filter((id) => id !== goalId),
    });
  return (
    <fieldset className="field export-scope" disabled={disabled}>
      <legend>{i18n.t('export.scope.legend')}</legend>
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
          <legend>{i18n.t('export.scope.goalsLegend')}</legend>
          {goals.length === 0 ? (
            <p className="hint">{i18n.t('export.scope.noGoals')}</p>
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
          <legend>{i18n.t('export.scope.datesLegend')}</legend>
          <label>
            {i18n.t('export.scope.from')}{' '}
            <input
              type="date"
              value={form.from}
              onChange={(event) => onChange({ ...form, from: event.target.value })}
            />
          </label>
          <label>
            {i18n.t('export.scope.to')}{' '}
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

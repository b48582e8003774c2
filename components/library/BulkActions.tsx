import { useEffect, useId, useRef, useState } from 'react';
import type { GoalRecord, SkillRecord } from '@/lib/db/records';
import { itemCount } from '@/lib/library/libraryText';
import { parseTagTarget, tagTargetValue, type TagTarget } from '@/lib/library/libraryTagTarget';

interface Props {
  shownCount: number;
  selectedCount: number;
  onSelectAll: (checked: boolean) => void;
  onClearSelection: () => void;
  goals: readonly GoalRecord[];
  skills: readonly SkillRecord[];
  busy: boolean;
  onTag: (target: TagTarget, name: string, add: boolean) => void;
  onTrash: () => void;
  /** Takes the selected items to the Export page as its scope. */
  onExport: () => void;
}

/**
 * What to do with the selected items. The buttons stay in place (aria-disabled,
 * not removed or disabled) so keyboard focus never falls off the page after an
 * action, and Tab goes straight on to the toast's Undo.
 */
export function BulkActions(props: Props) {
  const { shownCount, selectedCount, goals, skills, busy } = props;
  const id = useId();
  const [targetValue, setTargetValue] = useState('');
  const target = parseTagTarget(targetValue);
  const targetName = !target
    ? ''
    : target.type === 'goal'
      ? (goals.find((goal) => goal.id === target.id)?.title ?? '')
      : (skills.find((skill) => skill.id === target.id)?.name ?? '');
  const canAct = selectedCount > 0 && !busy;
  const canTag = canAct && target !== null && targetName !== '';
  const allSelected = shownCount > 0 && selectedCount === shownCount;

  const selectAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = selectedCount > 0 && !allSelected;
  }, [selectedCount, allSelected]);

  return (
    <div className="bulk-actions" role="group" aria-label="Selected items">
      <label className="bulk-select-all">
        <input
          ref={selectAll}
          type="checkbox"
          checked={allSelected}
          disabled={shownCount === 0}
          onChange={(event) => props.onSelectAll(event.target.checked)}
        />
        Select all {shownCount.toLocaleString()} shown
      </label>
      <span id={`${id}-selected`} className="bulk-selected" data-testid="selected-count">
        {selectedCount === 0 ? 'Nothing selected' : `${itemCount(selectedCount)} selected`}
      </span>
      <button
        type="button"
        className="link-button"
        aria-disabled={selectedCount === 0}
        onClick={() => selectedCount > 0 && props.onClearSelection()}
      >
        Clear selection
      </button>
      <div className="bulk-tag">
        <label htmlFor={`${id}-target`}>Goal or skill</label>
        <select
          id={`${id}-target`}
          data-testid="bulk-tag-target"
          value={targetValue}
          onChange={(event) => setTargetValue(event.target.value)}
        >
          <option value="">Choose one…</option>
          <optgroup label="Goals">
            {goals.map((goal) => (
              <option key={goal.id} value={tagTargetValue({ type: 'goal', id: goal.id })}>
                {goal.title}
              </option>
            ))}
          </optgroup>
          <optgroup label="Skills">
            {skills.map((skill) => (
              <option key={skill.id} value={tagTargetValue({ type: 'skill', id: skill.id })}>
                {skill.name}
              </option>
            ))}
          </optgroup>
        </select>
        <button
          type="button"
          aria-disabled={!canTag}
          aria-describedby={`${id}-selected`}
          onClick={() => canTag && target && props.onTag(target, targetName, true)}
        >
          Add tag
        </button>
        <button
          type="button"
          aria-disabled={!canTag}
          aria-describedby={`${id}-selected`}
          onClick={() => canTag && target && props.onTag(target, targetName, false)}
        >
          Remove tag
        </button>
      </div>
      <button
        type="button"
        aria-disabled={!canAct}
        aria-describedby={`${id}-selected`}
        onClick={() => canAct && props.onExport()}
      >
        Export selected…
      </button>
      <button
        type="button"
        className="danger"
        aria-disabled={!canAct}
        aria-describedby={`${id}-selected`}
        onClick={() => canAct && props.onTrash()}
      >
        Move to trash
      </button>
    </div>
  );
}

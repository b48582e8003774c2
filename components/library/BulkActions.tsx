import { i18n } from '#i18n';
import { useEffect, useId, useRef, useState } from 'react';
import type { GoalRecord, SkillRecord } from '@/lib/db/records';
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
    <div className="bulk-actions" role="group" aria-label={i18n.t('library.bulk.groupLabel')}>
      <label className="bulk-select-all">
        <input
          ref={selectAll}
          type="checkbox"
          checked={allSelected}
          disabled={shownCount === 0}
          onChange={(event) => props.onSelectAll(event.target.checked)}
        />
        {i18n.t('library.bulk.selectAll', shownCount, [shownCount.toLocaleString()])}
      </label>
      <span id={`${id}-selected`} className="bulk-selected" data-testid="selected-count">
        {selectedCount === 0
          ? i18n.t('library.bulk.nothingSelected')
          : i18n.t('library.bulk.selected', selectedCount, [selectedCount.toLocaleString()])}
      </span>
      <button
        type="button"
        className="link-button"
        aria-disabled={selectedCount === 0}
        onClick={() => selectedCount > 0 && props.onClearSelection()}
      >
        {i18n.t('library.bulk.clearSelection')}
      </button>
      <div className="bulk-tag">
        <label htmlFor={`${id}-target`}>{i18n.t('library.bulk.target')}</label>
        <select
          id={`${id}-target`}
          data-testid="bulk-tag-target"
          value={targetValue}
          onChange={(event) => setTargetValue(event.target.value)}
        >
          <option value="">{i18n.t('library.bulk.chooseOne')}</option>
          <optgroup label={i18n.t('library.bulk.goals')}>
            {goals.map((goal) => (
              <option key={goal.id} value={tagTargetValue({ type: 'goal', id: goal.id })}>
                {goal.title}
              </option>
            ))}
          </optgroup>
          <optgroup label={i18n.t('library.bulk.skills')}>
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
          {i18n.t('library.bulk.addTag')}
        </button>
        <button
          type="button"
          aria-disabled={!canTag}
          aria-describedby={`${id}-selected`}
          onClick={() => canTag && target && props.onTag(target, targetName, false)}
        >
          {i18n.t('library.bulk.removeTag')}
        </button>
      </div>
      <button
        type="button"
        aria-disabled={!canAct}
        aria-describedby={`${id}-selected`}
        onClick={() => canAct && props.onExport()}
      >
        {i18n.t('library.bulk.exportSelected')}
      </button>
      <button
        type="button"
        className="danger"
        aria-disabled={!canAct}
        aria-describedby={`${id}-selected`}
        onClick={() => canAct && props.onTrash()}
      >
        {i18n.t('library.bulk.moveToTrash')}
      </button>
    </div>
  );
}

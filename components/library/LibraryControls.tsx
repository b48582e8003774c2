import { i18n } from '#i18n';
import { useId, type RefObject } from 'react';
import type { GoalRecord, SkillRecord } from '@/lib/db/records';
import { LIBRARY_KINDS } from '@/lib/library/libraryQuery';
import {
  isLibraryKind,
  isLibrarySort,
  LIBRARY_SORTS,
  type LibraryFilters,
} from '@/lib/library/libraryFilters';
import { goalFilterLabel, libraryKindLabel, librarySortLabel } from '@/lib/library/libraryText';
import type { LibraryLayout } from './LibraryResults';

const LAYOUT_CHOICES = ['grid', 'list'] as const satisfies readonly LibraryLayout[];

interface Props {
  filters: LibraryFilters;
  onChange: (filters: LibraryFilters) => void;
  goals: readonly GoalRecord[];
  skills: readonly SkillRecord[];
  layout: LibraryLayout;
  onLayout: (layout: LibraryLayout) => void;
  /** Lets the page move focus to the search box (after "Clear filters"). */
  searchRef: RefObject<HTMLInputElement | null>;
}

/** Search, filters, sort order and grid or list: every control labelled and native. */
export function LibraryControls({
  filters,
  onChange,
  goals,
  skills,
  layout,
  onLayout,
  searchRef,
}: Props) {
  const id = useId();
  const set = <K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]) =>
    onChange({ ...filters, [key]: value });
  return (
    <div className="library-controls">
      <div role="search" className="library-search">
        <label htmlFor={`${id}-search`}>{i18n.t('library.controls.search')}</label>
        <input
          ref={searchRef}
          id={`${id}-search`}
          type="search"
          data-testid="library-search"
          value={filters.text}
          placeholder={i18n.t('library.controls.searchPlaceholder')}
          onChange={(event) => set('text', event.target.value)}
        />
      </div>
      <div className="library-field">
        <label htmlFor={`${id}-sort`}>{i18n.t('library.controls.sort')}</label>
        <select
          id={`${id}-sort`}
          data-testid="library-sort"
          value={filters.sort}
          onChange={(event) => {
            const value = event.target.value;
            if (isLibrarySort(value)) set('sort', value);
          }}
        >
          {LIBRARY_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {librarySortLabel(sort)}
            </option>
          ))}
        </select>
      </div>
      <div className="library-layout" role="group" aria-label={i18n.t('library.controls.showAs')}>
        {LAYOUT_CHOICES.map((choice) => (
          <button
            key={choice}
            type="button"
            aria-pressed={layout === choice}
            onClick={() => onLayout(choice)}
          >
            {choice === 'grid' ? i18n.t('library.controls.grid') : i18n.t('library.controls.list')}
          </button>
        ))}
      </div>
      <fieldset className="library-filters">
        <legend className="sr-only">{i18n.t('library.controls.filters')}</legend>
        <div className="library-field">
          <label htmlFor={`${id}-goal`}>{i18n.t('library.controls.goal')}</label>
          <select
            id={`${id}-goal`}
            data-testid="filter-goal"
            value={filters.goalId}
            onChange={(event) => set('goalId', event.target.value)}
          >
            <option value="">{i18n.t('library.controls.anyGoal')}</option>
            {goals.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goalFilterLabel(goal)}
              </option>
            ))}
          </select>
        </div>
        <div className="library-field">
          <label htmlFor={`${id}-skill`}>{i18n.t('library.controls.skill')}</label>
          <select
            id={`${id}-skill`}
            data-testid="filter-skill"
            value={filters.skillId}
            onChange={(event) => set('skillId', event.target.value)}
          >
            <option value="">{i18n.t('library.controls.anySkill')}</option>
            {skills.map((skill) => (
              <option key={skill.id} value={skill.id}>
                {skill.name}
              </option>
            ))}
          </select>
        </div>
        <div className="library-field">
          <label htmlFor={`${id}-kind`}>{i18n.t('library.controls.kind')}</label>
          <select
            id={`${id}-kind`}
            data-testid="filter-kind"
            value={filters.kind}
            onChange={(event) => {
              const value = event.target.value;
              set('kind', isLibraryKind(value) ? value : '');
            }}
          >
            <option value="">{i18n.t('library.controls.anyKind')}</option>
            {LIBRARY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {libraryKindLabel(kind)}
              </option>
            ))}
          </select>
        </div>
        <div className="library-field">
          <label htmlFor={`${id}-from`}>{i18n.t('library.controls.from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            data-testid="filter-from"
            value={filters.from}
            max={filters.to || undefined}
            onChange={(event) => set('from', event.target.value)}
          />
        </div>
        <div className="library-field">
          <label htmlFor={`${id}-to`}>{i18n.t('library.controls.to')}</label>
          <input
            id={`${id}-to`}
            type="date"
            data-testid="filter-to"
            value={filters.to}
            min={filters.from || undefined}
            onChange={(event) => set('to', event.target.value)}
          />
        </div>
      </fieldset>
    </div>
  );
}

import { useId, type RefObject } from 'react';
import type { GoalRecord, SkillRecord } from '@/lib/db/records';
import { LIBRARY_KINDS } from '@/lib/library/libraryQuery';
import {
  isLibraryKind,
  isLibrarySort,
  LIBRARY_SORTS,
  type LibraryFilters,
} from '@/lib/library/libraryFilters';
import { LIBRARY_SORT_LABELS, libraryKindLabel } from '@/lib/library/libraryText';
import type { LibraryLayout } from './LibraryResults';

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
        <label htmlFor={`${id}-search`}>Search evidence</label>
        <input
          ref={searchRef}
          id={`${id}-search`}
          type="search"
          data-testid="library-search"
          value={filters.text}
          placeholder="Words in titles, notes or clipped text"
          onChange={(event) => set('text', event.target.value)}
        />
      </div>
      <div className="library-field">
        <label htmlFor={`${id}-sort`}>Sort</label>
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
              {LIBRARY_SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </div>
      <div className="library-layout" role="group" aria-label="Show as">
        {(['grid', 'list'] as const).map((choice) => (
          <button
            key={choice}
            type="button"
            aria-pressed={layout === choice}
            onClick={() => onLayout(choice)}
          >
            {choice === 'grid' ? 'Grid' : 'List'}
          </button>
        ))}
      </div>
      <fieldset className="library-filters">
        <legend className="sr-only">Filters</legend>
        <div className="library-field">
          <label htmlFor={`${id}-goal`}>Goal</label>
          <select
            id={`${id}-goal`}
            data-testid="filter-goal"
            value={filters.goalId}
            onChange={(event) => set('goalId', event.target.value)}
          >
            <option value="">Any goal</option>
            {goals.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.status === 'active' ? goal.title : `${goal.title} (${goal.status})`}
              </option>
            ))}
          </select>
        </div>
        <div className="library-field">
          <label htmlFor={`${id}-skill`}>Skill</label>
          <select
            id={`${id}-skill`}
            data-testid="filter-skill"
            value={filters.skillId}
            onChange={(event) => set('skillId', event.target.value)}
          >
            <option value="">Any skill</option>
            {skills.map((skill) => (
              <option key={skill.id} value={skill.id}>
                {skill.name}
              </option>
            ))}
          </select>
        </div>
        <div className="library-field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            data-testid="filter-kind"
            value={filters.kind}
            onChange={(event) => {
              const value = event.target.value;
              set('kind', isLibraryKind(value) ? value : '');
            }}
          >
            <option value="">Any kind</option>
            {LIBRARY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {libraryKindLabel(kind)}
              </option>
            ))}
          </select>
        </div>
        <div className="library-field">
          <label htmlFor={`${id}-from`}>From</label>
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
          <label htmlFor={`${id}-to`}>To</label>
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

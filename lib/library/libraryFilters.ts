import {
  EMPTY_LIBRARY_QUERY,
  LIBRARY_KINDS,
  type LibraryKind,
  type LibraryQuery,
  type LibrarySort,
} from './libraryQuery';

/**
 * What the library's controls hold: one goal, one skill, one kind and a day
 * range, each "" when unset, exactly as the form fields give them. Kept apart
 * from LibraryQuery so the page never does date arithmetic itself.
 */
export interface LibraryFilters {
  text: string;
  goalId: string;
  skillId: string;
  kind: LibraryKind | '';
  /** Calendar days (yyyy-mm-dd) in the student's time zone, inclusive. */
  from: string;
  to: string;
  sort: LibrarySort;
}

export const EMPTY_LIBRARY_FILTERS: LibraryFilters = {
  text: '',
  goalId: '',
  skillId: '',
  kind: '',
  from: '',
  to: '',
  sort: 'newest',
};

export const LIBRARY_SORTS: readonly LibrarySort[] = ['newest', 'oldest', 'title'];

export function isLibraryKind(value: string): value is LibraryKind {
  return (LIBRARY_KINDS as readonly string[]).includes(value);
}

export function isLibrarySort(value: string): value is LibrarySort {
  return (LIBRARY_SORTS as readonly string[]).includes(value);
}

function parseDay(day: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
}

/** The first millisecond of a local calendar day, or null for "" or a malformed day. */
export function startOfDay(day: string): number | null {
  const parts = parseDay(day);
  return parts ? new Date(parts[0], parts[1], parts[2]).getTime() : null;
}

/** The last millisecond of a local calendar day: "to 3 May" includes everything on 3 May. */
export function endOfDay(day: string): number | null {
  const parts = parseDay(day);
  return parts ? new Date(parts[0], parts[1], parts[2] + 1).getTime() - 1 : null;
}

/** The index query for what the controls show. */
export function toLibraryQuery(filters: LibraryFilters, trash = false): LibraryQuery {
  return {
    ...EMPTY_LIBRARY_QUERY,
    text: filters.text,
    goalIds: filters.goalId ? [filters.goalId] : [],
    skillIds: filters.skillId ? [filters.skillId] : [],
    kinds: filters.kind ? [filters.kind] : [],
    from: startOfDay(filters.from),
    to: endOfDay(filters.to),
    sort: filters.sort,
    trash,
  };
}

/** Whether anything narrows the list (sorting doesn't): decides "no results" vs "no evidence yet". */
export function hasActiveFilters(filters: LibraryFilters): boolean {
  return (
    filters.text.trim() !== '' ||
    filters.goalId !== '' ||
    filters.skillId !== '' ||
    filters.kind !== '' ||
    filters.from !== '' ||
    filters.to !== ''
  );
}

/** Everything cleared except the sort order, which is a preference rather than a filter. */
export function clearedFilters(filters: LibraryFilters): LibraryFilters {
  return { ...EMPTY_LIBRARY_FILTERS, sort: filters.sort };
}

/** A stable identity for a query, to tell which query a result belongs to. */
export function libraryQueryKey(query: LibraryQuery): string {
  return JSON.stringify(query);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Filters read back from session storage (so returning from an item's page
 * keeps them). Anything malformed is dropped field by field, never trusted.
 */
export function parseLibraryFilters(value: unknown): LibraryFilters {
  if (typeof value !== 'object' || value === null) return EMPTY_LIBRARY_FILTERS;
  const record = value as Record<string, unknown>;
  const text = (key: string): string => {
    const field = record[key];
    return typeof field === 'string' ? field : '';
  };
  const day = (key: string) => (DAY.test(text(key)) ? text(key) : '');
  const kind = text('kind');
  const sort = text('sort');
  return {
    text: text('text').slice(0, 200),
    goalId: text('goalId').slice(0, 64),
    skillId: text('skillId').slice(0, 64),
    kind: isLibraryKind(kind) ? kind : '',
    from: day('from'),
    to: day('to'),
    sort: isLibrarySort(sort) ? sort : 'newest',
  };
}

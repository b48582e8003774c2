import { useCallback, useState } from 'react';
import {
  EMPTY_LIBRARY_FILTERS,
  parseLibraryFilters,
  type LibraryFilters,
} from '@/lib/library/libraryFilters';

const STORAGE_KEY = 'plp.library.filters';

function readStored(): LibraryFilters {
  try {
    const text = sessionStorage.getItem(STORAGE_KEY);
    return text ? parseLibraryFilters(JSON.parse(text)) : EMPTY_LIBRARY_FILTERS;
  } catch {
    return EMPTY_LIBRARY_FILTERS;
  }
}

/**
 * The library's filters, kept for the browser session: opening an item and
 * coming back finds the same search and filters, while a new session starts clean.
 */
export function useLibraryFilters(): [LibraryFilters, (next: LibraryFilters) => void] {
  const [filters, setFilters] = useState(readStored);
  const update = useCallback((next: LibraryFilters) => {
    setFilters(next);
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Blocked storage only costs remembering the filters.
    }
  }, []);
  return [filters, update];
}

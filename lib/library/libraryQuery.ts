import { EVIDENCE_KINDS, type EvidenceKind } from '../db/records';

/** What the library lists: every clip kind, plus reflections (written or recorded). */
export const LIBRARY_KINDS = [...EVIDENCE_KINDS, 'reflection'] as const;
export type LibraryKind = EvidenceKind | 'reflection';

export type LibraryTable = 'evidence' | 'reflections';
export type LibrarySort = 'newest' | 'oldest' | 'title';

/** One item of the library, by table and id: clips and reflections live apart. */
export interface LibraryKey {
  table: LibraryTable;
  id: string;
}

/** A listed item with what ordering it needed. */
export interface LibraryEntry extends LibraryKey {
  /** Capture time of a clip, creation time of a reflection. */
  date: number;
}

export interface LibraryQuery {
  /** Words the student typed; an item must have a word starting with each. */
  text: string;
  /** Items tagged with any of these goals; empty means no goal filter. */
  goalIds: readonly string[];
  /** Items tagged with any of these skills; empty means no skill filter. */
  skillIds: readonly string[];
  /** Items of any of these kinds; empty means every kind. */
  kinds: readonly LibraryKind[];
  /** Inclusive bounds in epoch ms; null leaves that side open. */
  from: number | null;
  to: number | null;
  sort: LibrarySort;
  /** List the trash instead of the library. */
  trash: boolean;
}

export const EMPTY_LIBRARY_QUERY: LibraryQuery = {
  text: '',
  goalIds: [],
  skillIds: [],
  kinds: [],
  from: null,
  to: null,
  sort: 'newest',
  trash: false,
};

/** A stable string for a key, for React keys, selection sets and URLs. */
export function libraryKeyString(key: LibraryKey): string {
  return `${key.table === 'evidence' ? 'e' : 'r'}:${key.id}`;
}

export function parseLibraryKey(text: string): LibraryKey | null {
  const match = /^([er]):(.+)$/.exec(text);
  if (!match?.[2]) return null;
  return { table: match[1] === 'e' ? 'evidence' : 'reflections', id: match[2] };
}

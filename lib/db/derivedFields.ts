import type { Dexie } from 'dexie';
import type { EvidenceRecord, ReflectionRecord } from './records';
import { SORT_TITLE_LENGTH } from './records';
import { searchWords } from '../search/searchWords';

type EvidenceText = Pick<
  EvidenceRecord,
  'title' | 'note' | 'pageTitle' | 'siteName' | 'byline' | 'text'
>;
type ReflectionText = Pick<ReflectionRecord, 'title' | 'note'>;

/** The title as the sort index orders it: case and accents folded, cut short. */
export function sortTitleOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .trim()
    .slice(0, SORT_TITLE_LENGTH);
}

/** What search covers for a clip: the student's words first, then the page's. */
export function evidenceDerived(item: Partial<EvidenceText>) {
  return {
    searchWords: searchWords(
      item.title ?? '',
      item.note ?? '',
      item.pageTitle ?? '',
      item.siteName ?? '',
      item.byline ?? '',
      item.text ?? '',
    ),
    sortTitle: sortTitleOf(item.title ?? ''),
  };
}

export function reflectionDerived(item: Partial<ReflectionText>) {
  return {
    searchWords: searchWords(item.title ?? '', item.note ?? ''),
    sortTitle: sortTitleOf(item.title ?? ''),
  };
}

const EVIDENCE_TEXT_FIELDS = ['title', 'note', 'pageTitle', 'siteName', 'byline', 'text'];
const REFLECTION_TEXT_FIELDS = ['title', 'note'];

/**
 * Keeps the search words and sort title in step with the text on every write,
 * whoever writes (clipper, editor, recorder, importer), inside the same
 * transaction. A writer can't forget them, and an index never lies.
 */
export function keepDerivedFields(db: Dexie): void {
  const watch = <T extends object>(
    tableName: string,
    fields: string[],
    derive: (item: Partial<T>) => object,
  ) => {
    const table = db.table<T>(tableName);
    table.hook('creating', (_key, item) => {
      Object.assign(item, derive(item));
    });
    table.hook('updating', (changes, _key, item) => {
      if (!fields.some((field) => field in changes)) return undefined;
      return derive({ ...item, ...(changes as Partial<T>) });
    });
  };
  watch<EvidenceRecord>('evidence', EVIDENCE_TEXT_FIELDS, evidenceDerived);
  watch<ReflectionRecord>('reflections', REFLECTION_TEXT_FIELDS, reflectionDerived);
}

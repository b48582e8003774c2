/** Longest word kept in the index; longer runs are cut, which still serves prefix search. */
export const MAX_WORD_LENGTH = 32;

/**
 * Splits text into the distinct lower-case words stored in a multi-entry
 * index, so a prefix query is an index range scan instead of a table scan.
 * Letters and digits of every script count as word characters.
 */
export function searchWords(...texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const match of text
      .normalize('NFKC')
      .toLocaleLowerCase()
      .matchAll(/[\p{L}\p{N}]+/gu)) {
      const word = match[0];
      if (word.length >= 2) words.add(word.slice(0, MAX_WORD_LENGTH));
    }
  }
  return [...words];
}

/** The query side of `searchWords`: the first word of what the student typed. */
export function searchPrefix(query: string): string {
  return searchWords(query)[0] ?? '';
}

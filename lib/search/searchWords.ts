/** Longest word kept in the index; longer runs are cut, which still serves prefix search. */
export const MAX_WORD_LENGTH = 32;

/**
 * Most distinct words one item puts in the index. A long article has 1,000 to
 * 3,000; the cap only stops a pasted book from bloating the index.
 */
export const MAX_WORDS_PER_ITEM = 5000;

/** The distinct lower-case words of one text, in order of first appearance. */
function* wordsOf(text: string): Generator<string> {
  for (const match of text
    .normalize('NFKC')
    .toLocaleLowerCase()
    // Marks belong to the word: Devanagari, Bengali and Arabic write vowels
    // and viramas as combining marks, and splitting on them loses the word.
    .matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu)) {
    const word = match[0];
    if (word.length >= 2) yield word.slice(0, MAX_WORD_LENGTH);
  }
}

/**
 * Splits text into the distinct lower-case words stored in a multi-entry
 * index, so a prefix query is an index range scan instead of a table scan.
 * Letters, digits and combining marks of every script count as word characters. Earlier texts
 * win when the cap is reached, so pass the short, telling ones (title, note) first.
 */
export function searchWords(...texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      if (words.size >= MAX_WORDS_PER_ITEM) return [...words];
      words.add(word);
    }
  }
  return [...words];
}

/** The query side of `searchWords`: the first word of what the student typed. */
export function searchPrefix(query: string): string {
  return searchWords(query)[0] ?? '';
}

/** Every word of what the student typed; an item must match them all. */
export function searchPrefixes(query: string): string[] {
  return searchWords(query);
}

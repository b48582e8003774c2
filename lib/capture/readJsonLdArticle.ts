/**
 * Reads the article a page describes in schema.org JSON-LD. Real pages ship
 * this in every shape: a single object, an array, an `@graph`, an article
 * nested as a WebPage's `mainEntity`, `@type` as a string or a list, CDATA
 * wrappers, raw newlines inside strings and trailing commas. A script that
 * still doesn't parse is skipped, never thrown.
 */

export interface JsonLdArticle {
  headline: string | null;
  name: string | null;
  /** Person or organisation names, in the order the page lists them. */
  authors: string[];
  publisherName: string | null;
  datePublished: string | null;
  description: string | null;
}

type JsonObject = Record<string, unknown>;

/**
 * The schema.org types that describe a piece of writing: Article and every
 * subtype (NewsArticle, TechArticle, ScholarlyArticle…), the *Posting family
 * (BlogPosting, SocialMediaPosting…), Report and APIReference. A WebPage,
 * Organization or VideoObject names something else and would mislead.
 */
const ARTICLE_TYPE = /(?:Article|Posting|^Report|^APIReference)$/;

export function readJsonLdArticle(doc: Document): JsonLdArticle | null {
  for (const script of doc.querySelectorAll('script[type]')) {
    const type = script.getAttribute('type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    const parsed = parseLenient(script.textContent ?? '');
    if (parsed === undefined) continue;
    const article = collectNodes(parsed).find(isArticle);
    if (article) return describe(article);
  }
  return null;
}

/** JSON.parse, then one repair attempt for the two breakages real pages ship. */
function parseLenient(source: string): unknown {
  const text = source
    .trim()
    .replace(/^(?:<!\[CDATA\[|<!--)/, '')
    .replace(/(?:\]\]>|-->)$/, '')
    .trim();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Raw control characters are only invalid inside strings, where a
      // space is the closest valid stand-in; trailing commas are dropped.
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

/** Every object in the document, breadth-first through arrays, `@graph` and `mainEntity`. */
function collectNodes(root: unknown): JsonObject[] {
  const found: JsonObject[] = [];
  const queue: unknown[] = [root];
  // A bound, in case a page ships an enormous graph.
  while (queue.length > 0 && found.length < 500) {
    const value = queue.shift();
    if (Array.isArray(value)) {
      queue.push(...value);
    } else if (isObject(value)) {
      found.push(value);
      if (value['@graph'] !== undefined) queue.push(value['@graph']);
      if (value.mainEntity !== undefined) queue.push(value.mainEntity);
      if (value.mainEntityOfPage !== undefined && isObject(value.mainEntityOfPage)) {
        queue.push(value.mainEntityOfPage);
      }
    }
  }
  return found;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isArticle(node: JsonObject): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((type) => {
    if (typeof type !== 'string') return false;
    // "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" alike.
    const local = type.trim().split(/[/:#]/).pop() ?? '';
    return ARTICLE_TYPE.test(local);
  });
}

function describe(article: JsonObject): JsonLdArticle {
  return {
    headline: text(article.headline),
    name: text(article.name),
    authors: names(article.author),
    publisherName: names(article.publisher)[0] ?? null,
    datePublished: text(article.datePublished),
    description: text(article.description),
  };
}

function text(value: unknown): string | null {
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Names from a string, a Person/Organization, or a list of either; profile URLs are not names. */
function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const result: string[] = [];
  for (const item of list) {
    const name = isObject(item) ? text(item.name) : text(item);
    if (name && !/^(?:https?:)?\/\//i.test(name) && !result.includes(name)) result.push(name);
  }
  return result;
}

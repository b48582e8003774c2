import { listCssUrls, resolveUrl, rewriteCssUrls } from '../cssUrls';
import { flattenCssImports, listCssImports } from '../flattenCssImports';
import type { ResourceFetcher } from './createResourceFetcher';

/**
 * A page's CSS made self-contained for a single-file snapshot: `@import`s
 * fetched and flattened into the text, then each url() a data: URL where it
 * can be fetched (an absolute URL where not).
 */
/** Imports flattened into the text, then every url() as a data: URL where it can be fetched. */
export async function inlineCss(
  css: string,
  sheetUrl: string,
  fetcher: ResourceFetcher,
): Promise<string> {
  const sheets = new Map<string, string>();
  const load = async (text: string, base: string, depth: number): Promise<void> => {
    if (depth > 8) return;
    await Promise.all(
      listCssImports(text, base).map(async (url) => {
        if (sheets.has(url)) return;
        sheets.set(url, '');
        const imported = await fetcher.text(url);
        if (imported === null) sheets.delete(url);
        else {
          sheets.set(url, imported);
          await load(imported, url, depth + 1);
        }
      }),
    );
  };
  await load(css, sheetUrl, 0);
  const flat = flattenCssImports(css, sheetUrl, (url) => {
    const text = sheets.get(url);
    return text === undefined ? null : { css: text, baseUrl: url };
  });
  return inlineCssUrls(flat, sheetUrl, fetcher);
}

export async function inlineCssUrls(
  css: string,
  baseUrl: string,
  fetcher: ResourceFetcher,
): Promise<string> {
  const inlined = new Map<string, string | null>();
  await Promise.all(
    listCssUrls(css, baseUrl)
      .filter(({ url }) => /^https?:/i.test(url))
      .map(async ({ url }) => inlined.set(url, await fetcher.dataUrl(url))),
  );
  return rewriteCssUrls(css, (url) => {
    if (/^\s*(?:data:|#)/i.test(url)) return url.trim();
    const absolute = resolveUrl(url, baseUrl);
    return absolute ? (inlined.get(absolute) ?? absolute) : null;
  });
}

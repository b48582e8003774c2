import { resolveUrl, rewriteCssUrls } from './cssUrls';

/**
 * Replaces each top-level `@import` with the imported sheet's text, so a
 * snapshot's styles live in `<style>` elements and need no `@import` at all
 * (the viewer then drops every `@import` it still finds, and no stylesheet
 * is ever hidden inside a data: URL the inert filter cannot read).
 *
 * The cascade stays the same: imports come before the importing sheet's
 * rules, and their conditions become blocks, `@import url(a) layer(x)
 * supports(display:grid) print` → `@media print { @supports (display:grid)
 * { @layer x { … } } }`. Relative URLs of an imported sheet are resolved
 * against that sheet's own address.
 */

export interface LoadedSheet {
  css: string;
  /** Where the sheet came from; its relative URLs resolve against this. */
  baseUrl: string;
}

const MAX_DEPTH = 8;

export function flattenCssImports(
  css: string,
  baseUrl: string,
  load: (absoluteUrl: string) => LoadedSheet | null,
  seen: ReadonlySet<string> = new Set(),
): string {
  // @charset means nothing once the text sits in a <style>, and is invalid mid-sheet.
  css = stripCharset(css);
  const imports = findImportRules(css);
  if (imports.length === 0) return css;
  let inlined = '';
  for (const rule of imports) {
    const url = resolveUrl(rule.url, baseUrl);
    // A missing sheet, a cycle or a runaway chain just loses that import.
    if (!url || seen.has(url) || seen.size >= MAX_DEPTH) continue;
    const sheet = load(url);
    if (!sheet) continue;
    const nested = flattenCssImports(sheet.css, sheet.baseUrl, load, new Set([...seen, url]));
    inlined += wrapInConditions(absolutizeUrls(nested, sheet.baseUrl), rule.conditions) + '\n';
  }
  let rest = '';
  let position = 0;
  for (const rule of imports) {
    rest += css.slice(position, rule.start);
    position = rule.end;
  }
  return inlined + rest + css.slice(position);
}

/** The URLs a sheet imports, resolved (for loading them before flattening). */
export function listCssImports(css: string, baseUrl: string): string[] {
  return findImportRules(css).flatMap((rule) => resolveUrl(rule.url, baseUrl) ?? []);
}

interface ImportRule {
  start: number;
  end: number;
  url: string;
  conditions: { layer: string | null; supports: string | null; media: string };
}

/** Top-level `@import` rules; they may only come before any other rule, so scanning stops at the first block. */
function findImportRules(css: string): ImportRule[] {
  const rules: ImportRule[] = [];
  const pattern = /\/\*[\s\S]*?\*\/|@import\b|[{}]/gi;
  for (let match = pattern.exec(css); match; match = pattern.exec(css)) {
    if (match[0] === '{' || match[0] === '}') break;
    if (match[0].startsWith('/*')) continue;
    const end = ruleEnd(css, match.index);
    const rule = parseImportPrelude(css.slice(match.index + 7, end - 1));
    if (rule) rules.push({ start: match.index, end, ...rule });
    pattern.lastIndex = end;
  }
  return rules;
}

/** Index after the `;` that ends the rule (outside strings and parentheses). */
function ruleEnd(css: string, from: number): number {
  let depth = 0;
  for (let i = from; i < css.length; i += 1) {
    const c = css[i];
    if (c === '"' || c === "'") {
      const close = css.indexOf(c, i + 1);
      i = close === -1 ? css.length : close;
    } else if (c === '(') depth += 1;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) return i + 1;
  }
  return css.length + 1;
}

function parseImportPrelude(prelude: string): Omit<ImportRule, 'start' | 'end'> | null {
  let url: string | null = null;
  // Only the URL, never the conditions, goes through the CSS URL scanner.
  const first = /^\s*(url\(\s*(?:"[^"]*"|'[^']*'|[^)]*)\s*\)|"[^"]*"|'[^']*')/i.exec(prelude);
  if (!first) return null;
  rewriteCssUrls(`@import ${first[1]};`, (found) => {
    url = found;
    return found;
  });
  if (url === null) return null;
  let rest = prelude.slice(first[0].length).trim();
  let layer: string | null = null;
  const layerMatch = /^layer(?:\(\s*([^)]*?)\s*\))?(?![\w-])/i.exec(rest);
  if (layerMatch) {
    layer = layerMatch[1] ?? '';
    rest = rest.slice(layerMatch[0].length).trim();
  }
  let supports: string | null = null;
  if (/^supports\(/i.test(rest)) {
    const close = matchingParen(rest, 'supports'.length);
    supports = rest.slice('supports('.length, close).trim();
    rest = rest.slice(close + 1).trim();
  }
  return { url, conditions: { layer, supports, media: rest } };
}

function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    if (text[i] === ')' && --depth === 0) return i;
  }
  return text.length;
}

function wrapInConditions(css: string, conditions: ImportRule['conditions']): string {
  let wrapped = css;
  if (conditions.layer !== null) {
    wrapped = `@layer ${conditions.layer ? `${conditions.layer} ` : ''}{\n${wrapped}\n}`;
  }
  if (conditions.supports) wrapped = `@supports (${conditions.supports}) {\n${wrapped}\n}`;
  const media = conditions.media.trim();
  if (media && media.toLowerCase() !== 'all') wrapped = `@media ${media} {\n${wrapped}\n}`;
  return wrapped;
}

function stripCharset(css: string): string {
  return css.replace(/^\uFEFF?\s*@charset\s+["'][^"']*["']\s*;/i, '');
}

/** Makes an imported sheet's relative URLs absolute: once inlined, its own address is gone. */
function absolutizeUrls(css: string, baseUrl: string): string {
  return rewriteCssUrls(css, (url) =>
    /^(?:data:|#)/i.test(url.trim()) ? url : (resolveUrl(url, baseUrl) ?? null),
  );
}

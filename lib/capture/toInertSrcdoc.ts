/**
 * The policy every clipped document is shown under: nothing may load except
 * what is inside the document itself (data: URLs and inline styles). It
 * backs up the sandbox (no scripts) and the inert conversion (no remote
 * URLs): if either missed something, the browser still fetches nothing.
 */
export const VIEWER_CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline' data:; font-src data:; media-src data:";

const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${VIEWER_CSP}">`;

/**
 * Inserts the CSP `<meta>` before any other content, right after the
 * doctype. Because nothing precedes it, the HTML parser puts it first in
 * `<head>` (creating `<head>` if the document has none) and it applies
 * before any element of the document is seen. No string search for
 * `<head>` is needed, which a comment or an attribute value could fool.
 */
export function toInertSrcdoc(html: string): string {
  const doctype = /^\uFEFF?(?:\s|<!--[\s\S]*?-->)*<!doctype[^>]*>/i.exec(html);
  if (!doctype) return CSP_META + html;
  const end = doctype[0].length;
  return html.slice(0, end) + CSP_META + html.slice(end);
}

import { inlineMhtmlResources } from './inlineMhtmlResources';
import { makeHtmlInert, type HtmlDeps } from './makeHtmlInert';
import { MhtmlFormatError, parseMhtml, partText } from './parseMhtml';

/**
 * A stored MHTML snapshot (Chromium's pageCapture) as one self-contained,
 * inert HTML document for the sandboxed viewer. Runs in the viewer page at
 * view time: the service worker that captures has no DOM to do it with.
 *
 * The first text/html part is the page (Chromium writes the main frame
 * first); its images, fonts and stylesheets come from the other parts as
 * data: URLs; frames become placeholder boxes. Throws MhtmlFormatError when
 * the archive cannot be read.
 */
export function mhtmlToHtml(mhtml: string | ArrayBuffer, deps: HtmlDeps): string {
  const archive = parseMhtml(mhtml);
  const main = archive.parts.find((part) => part.contentType === 'text/html');
  if (!main) throw new MhtmlFormatError('no-html');
  const doc = deps.parse(partText(main));
  inlineMhtmlResources(doc, archive, main);
  return makeHtmlInert(doc, deps);
}

import { useMemo } from 'react';
import { toInertSrcdoc } from '@/lib/capture/toInertSrcdoc';

/**
 * The only place clipped HTML is ever shown. `sandbox=""` grants nothing: no
 * scripts, no same origin (so no extension privileges or storage), no
 * popups, forms, top navigation or downloads. The CSP inside the document
 * forbids every fetch except data: URLs. The HTML is expected to be inert
 * already (makeHtmlInert); the frame holds even if it is not.
 */
export function SandboxedHtmlFrame({ html, title }: { html: string; title: string }) {
  const srcDoc = useMemo(() => toInertSrcdoc(html), [html]);
  return (
    <iframe
      className="sandboxed-html-frame"
      sandbox=""
      srcDoc={srcDoc}
      title={title}
      referrerPolicy="no-referrer"
    />
  );
}

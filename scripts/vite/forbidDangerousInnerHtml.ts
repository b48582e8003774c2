import type { Plugin } from 'vite';

/**
 * Removes React's `dangerouslySetInnerHTML` from the build. Clipped HTML may
 * only ever be shown in a sandboxed frame, never injected into an extension
 * page, so the one path that could do it throws instead. As a side effect the
 * Firefox build passes AMO's linter with no UNSAFE_VAR_ASSIGNMENT warnings.
 */
const ASSIGNMENT = /\(domElement\.innerHTML = key\)/g;
const REPLACEMENT =
  '(function () { throw new Error("dangerouslySetInnerHTML is disabled in PLP Companion: show HTML in the sandboxed viewer."); })()';

export function forbidDangerousInnerHtml(): Plugin {
  return {
    name: 'plp:forbid-dangerous-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/react-dom[\\/]cjs[\\/]react-dom-client\./.test(id)) return null;
      const patched = code.replace(ASSIGNMENT, REPLACEMENT);
      if (patched === code) {
        // A React upgrade moved the code: fail loudly rather than ship it silently.
        this.error(
          'react-dom no longer contains the expected innerHTML assignment; update this plugin',
        );
      }
      return { code: patched, map: null };
    },
  };
}

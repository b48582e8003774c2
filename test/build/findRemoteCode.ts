/**
 * Finds code that runs something not shipped in the package: scripts loaded
 * from the network, and strings turned into code. Chrome Web Store and AMO
 * policies forbid both in MV3, and both would defeat the extension CSP.
 */

export interface Finding {
  rule: string;
  excerpt: string;
}

// A URL to another host: http(s):// or protocol-relative //, inside a quote.
const REMOTE = String.raw`["'\x60]\s*(?:https?:)?//`;

const JS_RULES: [string, RegExp][] = [
  ['dynamic import of a remote URL', new RegExp(String.raw`\bimport\s*\(\s*` + REMOTE, 'g')],
  ['static import of a remote URL', new RegExp(String.raw`\b(?:from|import)\s*` + REMOTE, 'g')],
  ['importScripts of a remote URL', new RegExp(String.raw`\bimportScripts\s*\(\s*` + REMOTE, 'g')],
  // Any call named eval, including window.eval(...) and obj.eval(...): strict on
  // purpose, a false positive is reported and reviewed rather than allowed here.
  ['eval( call', /(?<![\w$])eval\s*\(/g],
  ['new Function( call', /\bnew\s+Function\s*\(/g],
];

const HTML_RULES: [string, RegExp][] = [
  ['<script src> with a remote URL', /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//gi],
  [
    '<link> preloading a remote script',
    /<link\b(?=[^>]*\brel\s*=\s*["']?(?:modulepreload|preload))[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\//gi,
  ],
];

export function findRemoteCode(source: string, kind: 'js' | 'html'): Finding[] {
  // Inline <script> bodies in HTML are JavaScript too.
  const rules = kind === 'html' ? [...HTML_RULES, ...JS_RULES] : JS_RULES;
  return rules.flatMap(([rule, pattern]) =>
    [...source.matchAll(pattern)].map((match) => ({
      rule,
      excerpt: source.slice(Math.max(0, match.index - 40), match.index + 80),
    })),
  );
}

/**
 * Sources that must never appear in an extension CSP. `'wasm-unsafe-eval'` is the one
 * allowed exception: ffmpeg.wasm needs it to compile its core.
 */
const FORBIDDEN_SOURCE =
  /^(?:'unsafe-eval'|'unsafe-inline'|'unsafe-hashes'|\*|https?:|https?:\/\/.*|data:|blob:)$/i;
const CODE_DIRECTIVES = ['default-src', 'script-src', 'script-src-elem', 'worker-src'];

/** Problems in one CSP string, for example "script-src: 'unsafe-eval'". */
export function cspViolations(policy: string): string[] {
  return policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter(([name]) => name !== undefined && CODE_DIRECTIVES.includes(name.toLowerCase()))
    .flatMap(([name, ...sources]) =>
      sources.filter((s) => FORBIDDEN_SOURCE.test(s)).map((s) => `${name}: ${s}`),
    );
}

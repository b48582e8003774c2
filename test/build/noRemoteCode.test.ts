import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_TARGETS, buildDir, listFiles, readManifest } from './builtExtension';
import { cspViolations, findRemoteCode } from './findRemoteCode';

const HOW_TO_FIX =
  'Extensions must ship all their code (store policy, and the MV3 CSP blocks the rest). ' +
  'Bundle the dependency instead of loading it, and load assets with browser.runtime.getURL. ' +
  'If a library legitimately contains this, raise it for review; do not weaken this test.';

describe.each(BUILD_TARGETS)('%s build', (target) => {
  it('loads no remote script and turns no string into code', () => {
    const dir = buildDir(target);
    const files = listFiles(dir, ['.js', '.mjs', '.html']);
    // An empty list would make this test pass for the wrong reason.
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(0);

    const findings = files.flatMap((file) =>
      findRemoteCode(
        readFileSync(join(dir, file), 'utf8'),
        file.endsWith('.html') ? 'html' : 'js',
      ).map((f) => `${file}: ${f.rule}: …${f.excerpt}…`),
    );
    expect(findings, HOW_TO_FIX).toEqual([]);
  });

  it("has a CSP without remote sources or 'unsafe-eval' ('wasm-unsafe-eval' is allowed)", () => {
    const csp = readManifest(target).content_security_policy;
    // MV3 keeps one policy per kind of page ({ extension_pages, sandbox }).
    const policies = typeof csp === 'object' && csp !== null ? Object.values(csp) : [csp];
    const violations = policies
      .filter((policy): policy is string => typeof policy === 'string')
      .flatMap(cspViolations);
    expect(violations).toEqual([]);
  });
});

describe('findRemoteCode', () => {
  it.each([
    ['js', 'import("https://cdn.example.org/x.js")'],
    ['js', 'await import( `//cdn.example.org/x.js`)'],
    ['js', 'import x from "https://cdn.example.org/x.js"'],
    ['js', 'importScripts("http://cdn.example.org/w.js")'],
    ['js', 'eval(code)'],
    ['js', 'window.eval (code)'],
    ['js', 'const f = new Function("a", "return a")'],
    ['html', '<script type="module" src="https://cdn.example.org/x.js"></script>'],
    ['html', '<link rel="modulepreload" href="//cdn.example.org/x.js">'],
  ] as const)('flags %s: %s', (kind, source) => {
    expect(findRemoteCode(source, kind)).not.toEqual([]);
  });

  it.each([
    ['js', 'import("./chunks/app.js")'],
    ['js', 'const ns = "http://www.w3.org/2000/svg"'],
    ['js', 'throw Error("see https://react.dev/errors/" + e)'],
    ['js', 'medieval(x); retrieval(y)'],
    ['html', '<script type="module" src="/chunks/dashboard.js"></script>'],
    ['html', '<a href="https://example.org">help</a>'],
  ] as const)('allows %s: %s', (kind, source) => {
    expect(findRemoteCode(source, kind)).toEqual([]);
  });
});

describe('cspViolations', () => {
  it('allows wasm-unsafe-eval', () => {
    expect(cspViolations("script-src 'self' 'wasm-unsafe-eval'; object-src 'self'")).toEqual([]);
  });
  it('flags unsafe-eval and remote hosts', () => {
    expect(cspViolations("script-src 'self' 'unsafe-eval' https://cdn.example.org")).toEqual([
      "script-src: 'unsafe-eval'",
      'script-src: https://cdn.example.org',
    ]);
  });
});

import { build } from 'esbuild';

/**
 * Bundles a browser entry (which imports the project's real lib/ code) into one
 * script string for `page.evaluate`. CDP evaluation is not subject to the
 * extension page's CSP, which would block an injected <script>. The entry is
 * expected to assign its API to `globalThis` itself: an IIFE's top-level `var`
 * may not become a global when evaluated as an expression.
 */
export async function bundleForPage(entryPath: string): Promise<string> {
  const result = await build({
    entryPoints: [entryPath],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'es2022',
    // Readable stack traces matter more than size for a page that is never shipped.
    minify: false,
    sourcemap: 'inline',
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no output for ${entryPath}`);
  return output.text;
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The two unpacked builds that `npm run build` writes. */
export const BUILD_TARGETS = ['chrome-mv3', 'firefox-mv3'] as const;
export type BuildTarget = (typeof BUILD_TARGETS)[number];

const OUTPUT_DIR = fileURLToPath(new URL('../../.output', import.meta.url));

/** A parsed manifest.json: only the shape these tests read, so each field is checked where used. */
export type Manifest = Record<string, unknown>;

/** The build folder of `target`; throws a clear instruction when it was never built. */
export function buildDir(target: BuildTarget): string {
  const dir = join(OUTPUT_DIR, target);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `No build at ${dir}. Run \`npm run build\` (both targets) before \`npm run test:build\`.`,
    );
  }
  return dir;
}

export function readManifest(target: BuildTarget): Manifest {
  return JSON.parse(readFileSync(join(buildDir(target), 'manifest.json'), 'utf8')) as Manifest;
}

/** Every file under `dir` whose name ends with one of `extensions`, as paths relative to `dir`. */
export function listFiles(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => extensions.some((ext) => file.endsWith(ext)))
    .sort();
}

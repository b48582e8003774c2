import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDir } from './builtExtension';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

interface Allowed {
  file: string;
  code: string;
  count: number;
  reason: string;
}

const WEB_EXT = fileURLToPath(new URL('../../node_modules/.bin/web-ext', import.meta.url));
const allowlist = JSON.parse(
  readFileSync(new URL('./amoLintAllowlist.json', import.meta.url), 'utf8'),
) as { allowed: Allowed[] };

/** `chunks/viewer-*.js` matches `chunks/viewer-HIv941HT.js`: build hashes change every build. */
function matches(pattern: string, file: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  );
  return regex.test(file);
}

function runLint(): { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] } {
  // web-ext exits non-zero when it finds errors; the JSON report is what counts.
  let output: string;
  try {
    output = execFileSync(
      WEB_EXT,
      ['lint', '--source-dir', buildDir('firefox-mv3'), '--self-hosted', '--output', 'json'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  return JSON.parse(output.slice(output.indexOf('{'))) as ReturnType<typeof runLint>;
}

describe("AMO's linter on the Firefox build", () => {
  const report = runLint();

  it('reports no errors and no notices', () => {
    expect(report.errors.map((e) => `${e.code} ${e.file}: ${e.message}`)).toEqual([]);
    expect(report.notices.map((e) => `${e.code} ${e.file}: ${e.message}`)).toEqual([]);
  });

  it('reports only the reviewed third-party warnings', () => {
    const unexplained: string[] = [];
    const budget = allowlist.allowed.map((entry) => ({ ...entry, left: entry.count }));
    for (const warning of report.warnings) {
      const entry = budget.find(
        (b) => b.code === warning.code && b.left > 0 && matches(b.file, warning.file ?? ''),
      );
      if (entry) entry.left -= 1;
      else unexplained.push(`${warning.code} in ${warning.file}: ${warning.message}`);
    }
    expect(
      unexplained,
      'New AMO lint warnings. Fix them; only third-party code may be added to test/build/amoLintAllowlist.json, with a reason.',
    ).toEqual([]);
  });
});

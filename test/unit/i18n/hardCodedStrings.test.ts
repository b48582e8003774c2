/**
 * Words a student reads are never typed into a component: they come from locales/*.yml through
 * i18n.t. The project's ESLint rule (i18next/no-literal-string) enforces it; these tests show it
 * reaches every component and really catches text, labels and alt text written in place.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const RULE = 'i18next/no-literal-string';
const eslint = new ESLint({ cwd: process.cwd() });

async function literalStrings(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === RULE)
    .map((message) => `${message.line}:${message.column}`);
}

const componentFiles = ['components', 'entrypoints'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.tsx'))
    .map((file) => path.join(dir, file)),
);

describe('hard-coded strings in components', () => {
  it('are caught in JSX text and in the attributes people read', async () => {
    const planted = [
      "import { i18n } from '#i18n';",
      'export function Planted() {',
      '  return (',
      '    <div className="card" role="note" data-testid="planted">',
      "      <h2>{i18n.t('extName')}</h2>",
      '      <p>Save your work first</p>',
      '      <button aria-label="Close the dialog">×</button>',
      '      <img alt="A goal" src="x.png" />',
      '      <Field label="Title" />',
      '      <span>{42} · 3</span>',
      '    </div>',
      '  );',
      '}',
    ].join('\n');
    expect(await literalStrings(planted, 'components/planted/Planted.tsx')).toEqual([
      '6:10', // the paragraph's text
      '7:26', // aria-label
      '8:16', // alt
      '9:20', // a component's label prop
    ]);
  }, 60_000); // ESLint's first start (its parser and plugins) takes seconds on a school laptop

  it('are found in no component', async () => {
    const results = await eslint.lintFiles(componentFiles);
    const found = results.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId === RULE)
        .map((message) => `${path.relative(process.cwd(), result.filePath)}:${message.line}`),
    );
    expect(componentFiles.length).toBeGreaterThan(100);
    expect(found).toEqual([]);
  }, 120_000);
});

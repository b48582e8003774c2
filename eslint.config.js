import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';
import autoImports from './.wxt/eslint-auto-imports.mjs';

/** JSX attributes whose values people read or hear: ARIA text, titles, placeholders, alt, and
 * our components' own label, title, text, hint, heading, description and message props. */
const READ_ATTRIBUTES =
  '(aria-(label|description|roledescription|valuetext|placeholder)|alt|placeholder|title|label|heading|hint|description|message|[a-z]+(Label|Title|Text|Hint|Heading|Description|Message))';

export default tseslint.config(
  {
    ignores: [
      '.scratch/**',
      '.demo-profile/**',
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'bench/results/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  autoImports,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Small files keep each responsibility readable (../shared/CONVENTIONS.md).
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Every exception must say why, as refined-github does.
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description' },
      ],
    },
  },
  {
    // React code only: Playwright fixtures also call a function named `use`.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Every word a student reads comes from locales/*.yml through i18n.t (issue 7): text in JSX
    // and the attributes people read (labels, titles, placeholders, alt text) may not be typed
    // in a component. test/unit/i18n/hardCodedStrings.test.ts shows the rule catches them.
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: [READ_ATTRIBUTES] },
          // Symbols and numbers only (×, →, 3, …) and all-caps names (ZIP, PDF) are not
          // words to translate.
          words: { exclude: [/^[\p{P}\p{S}\p{N}\s]+$/u, '[A-Z_-]+'] },
        },
      ],
    },
  },
  {
    // Tests may be longer: a journey reads best in one file.
    files: ['test/**'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }] },
  },
);

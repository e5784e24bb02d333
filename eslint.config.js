// One linter for the whole tree. The layering rule: src/core is pure TypeScript — no browser or
// extension API, no storage, no UI — so it runs and is tested anywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'chrome', 'browser', 'localStorage', 'indexedDB', 'location', 'fetch', 'XMLHttpRequest', 'process', 'Buffer'].map(
  (name) => ({ name, message: 'src/core is pure: pass what it needs in as arguments.' }),
);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/][parent.type='AssignmentExpression']",
          message: 'Build DOM nodes with textContent; page data never goes through innerHTML.',
        },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML strings in the DOM.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML strings in the DOM.' },
        { selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']", message: 'No dynamic code.' },
      ],
    },
  },
  {
    files: ['*.mjs', '*.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/db/**', '**/background/**', '**/content/**', '**/popup/**', '**/cli/**'], message: 'src/core imports nothing from the browser side.' },
            { group: ['node:*', 'webextension-polyfill', 'dexie', 'preact', 'preact/*', 'linkedom'], message: 'src/core uses no platform library.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/background/**', '**/popup/**', '**/db/**', 'dexie', 'preact', 'preact/*'], message: 'The content script talks to the background by messages only.' }] },
      ],
    },
  },
  {
    files: ['src/popup/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/background/**', '**/content/**'], message: 'The popup talks to the background by messages only.' }] },
      ],
    },
  },
);

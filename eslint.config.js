// Lint rules, including the layer rule of docs/conventions.md §1: renderer → app ← main.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Import patterns a layer must never reach. */
const forbidden = {
  app: [
    'electron',
    'react',
    'react-dom',
    'lexical',
    '@lexical/*',
    'dexie',
    'dexie-react-hooks',
    'node:*',
    'fs',
    'path',
    '**/main/**',
    '**/renderer/**',
  ],
  renderer: ['electron', 'node:*', 'fs', 'path', '**/main/**'],
  main: ['react', 'react-dom', 'lexical', '@lexical/*', 'dexie', '**/renderer/**'],
};

function layer(name, files = [`${name}/**/*.{ts,tsx}`], group = forbidden[name]) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group,
              message: `the ${name}/ layer may not import this (see docs/conventions.md §1: renderer → app ← main)`,
            },
          ],
        },
      ],
    },
  };
}

/** Tests of the core (and app/test-support/) run in Node and may read fixtures from disk; the code they test may not. */
const appTestForbidden = forbidden.app.filter(
  (pattern) => !['node:*', 'fs', 'path'].includes(pattern),
);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'app/formats/dataset/validate-dataset.generated.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  layer('app'),
  layer('app', ['app/**/*.test.ts', 'app/test-support/**/*.ts'], appTestForbidden),
  layer('renderer'),
  layer('main'),
);

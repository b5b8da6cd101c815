import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layers import only from the ones before them: data → i18n → url → api → selectors → charts → views. */
const layers = ['data', 'i18n', 'url', 'api', 'selectors', 'charts', 'views'];
const layerRules = layers.map((layer, i) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  ignores: ['**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: layers.slice(i + 1).map((later) => ({
          group: [`../${later}/*`, `**/src/${later}/*`],
          message: `src/${layer} may not import from src/${later}: imports follow the data (${layers.join(' → ')}).`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', '.e2e', '.cache', 'node_modules', 'public/mockServiceWorker.js', 'public/embed.js'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layerRules,
  {
    // A chart spec exports its data functions with the components that draw them; fast refresh
    // matters little for them and splitting would scatter one chart over several files.
    files: ['src/charts/**/*.{ts,tsx}', 'src/views/theme.tsx'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
);

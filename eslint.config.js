import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'tests/e2e/screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Text from data must never reach HTML parsing.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Set text with textContent; data must never be parsed as HTML.' },
        { property: 'outerHTML', message: 'Set text with textContent; data must never be parsed as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Data must never be parsed as HTML.' },
        { property: 'html', message: 'D3 .html() parses HTML; use .text().' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Data must never be parsed as HTML.',
        },
      ],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  ...layerZones(),
);

/**
 * Imports flow one way (README, Architecture): each layer of src/ may import only the layers below
 * it. Tests may import anything.
 */
function layerZones() {
  const LAYERS = [
    'domain',
    'i18n',
    'present',
    'layout',
    'data',
    'importer',
    'bench',
    'store',
    'bracket',
    'ui',
    'features',
  ];
  const FRAMEWORKS = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'd3-*'];
  /** What each layer may import, besides itself. */
  const ALLOWED = {
    domain: [],
    i18n: [],
    present: ['domain', 'i18n'],
    layout: ['domain'],
    data: ['domain', 'i18n', 'present'],
    importer: ['domain', 'i18n', 'present', 'data'],
    bench: ['domain', 'data'],
    store: ['domain', 'i18n', 'present', 'layout', 'data', 'react', 'zustand'],
    bracket: ['domain', 'present', 'layout', 'd3'],
    ui: ['i18n', 'react'],
    features: [...LAYERS, 'react', 'zustand', 'd3'],
  };
  return Object.entries(ALLOWED).map(([layer, allowed]) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...LAYERS.filter((other) => other !== layer && !allowed.includes(other)).map(
                  (other) => `**/${other}/*`,
                ),
                '**/App.tsx',
                '**/main.ts',
                ...FRAMEWORKS.filter((name) => !allowed.some((a) => name.startsWith(a))),
              ],
              message: `src/${layer}/ may import only ${allowed.filter((a) => LAYERS.includes(a)).join(', ') || 'itself'} (README, Architecture).`,
            },
          ],
        },
      ],
    },
  }));
}

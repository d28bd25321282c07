import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['target/', 'node_modules/'] },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2025, sourceType: 'module', globals: { ...globals.browser, ...globals.webextensions } },
    rules: { 'no-eval': 'error', 'no-implied-eval': 'error', 'no-new-func': 'error' },
  },
  {
    files: ['scripts/**', 'test/**', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Fixture pages imitate Meta's sites: classic browser scripts.
    files: ['test/fixtures/**'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
];

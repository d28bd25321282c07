import js from '@eslint/js';
import globals from 'globals';
import { fileURLToPath } from 'node:url';

// The web page's script is linted by this configuration too (npm run lint:web, from its own folder).
const WEB_SCRIPTS = fileURLToPath(new URL('../server/src/main/webapp/web/', import.meta.url));

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
  {
    // The server's web page: a classic browser script, no modules, no extension APIs.
    basePath: WEB_SCRIPTS,
    files: ['*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
    rules: { strict: ['error', 'global'] },
  },
];

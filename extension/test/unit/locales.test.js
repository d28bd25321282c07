import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SUPPORTED_LANGUAGES, supportedLanguage } from '../../src/shared/i18n.js';
import { platforms } from '../support/guides.js';

const messages = (lang) => JSON.parse(readFileSync(new URL(`../../_locales/${lang}/messages.json`, import.meta.url), 'utf8'));

test('the UI speaks the guides\' languages, with the same strings in each', () => {
  const keys = Object.keys(messages(platforms.fallbackLanguage)).sort();
  for (const lang of SUPPORTED_LANGUAGES) {
    assert.deepEqual(Object.keys(messages(lang)).sort(), keys, lang);
    for (const key of keys) assert.ok(messages(lang)[key].message.trim(), `${lang}: ${key}`);
  }
});

test('a browser language becomes the claimed language it names, anything else platforms.json\'s fallback', () => {
  for (const lang of SUPPORTED_LANGUAGES) {
    assert.equal(supportedLanguage(`${lang.toUpperCase()}-XX`), lang);
    assert.equal(supportedLanguage(`${lang}_XX`), lang);
  }
  for (const tag of ['xx', 'xx-YY', '', undefined]) assert.equal(supportedLanguage(tag), platforms.fallbackLanguage, String(tag));
});

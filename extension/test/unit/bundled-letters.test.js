import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { LETTERS_DIR, formSchema, formTable, letterTexts } from '../support/letters.js';
import { platforms } from '../support/guides.js';

const BROWSERS = ['chromium', 'firefox'];
const bundled = (browser, path) => fileURLToPath(new URL(`../../target/${browser}/letters/${path}`, import.meta.url));

test('the build bundles the letters\' field table unchanged, valid against its schema', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(formSchema);
  assert.ok(validate(formTable), JSON.stringify(validate.errors));
  for (const browser of BROWSERS) {
    assert.ok(existsSync(bundled(browser, 'form.json')), `${browser}: run npm run build`);
    assert.equal(readFileSync(bundled(browser, 'form.json'), 'utf8'), readFileSync(`${LETTERS_DIR}form.json`, 'utf8'), browser);
  }
});

test('the letter page speaks every language of the guides, with the letters\' own texts', () => {
  for (const browser of BROWSERS) {
    for (const lang of platforms.languages) {
      const messages = JSON.parse(readFileSync(bundled(browser, `messages/${lang}.json`), 'utf8'));
      assert.deepEqual(messages, letterTexts(lang), `${browser}: ${lang}`);
      assert.ok(messages['language.name'] && messages['form.grounds.label'], `${browser}: ${lang}`);
    }
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { guideDataPaths, textFor } from '../../src/engine/guide-data.js';
import { GUIDES_DIR, guideData, platforms, readGuideJson } from '../support/guides.js';

const BROWSERS = ['chromium', 'firefox'];
const bundledPath = (browser, path) => fileURLToPath(new URL(`../../target/${browser}/guides/${path}`, import.meta.url));
const guidePaths = guideDataPaths(platforms);

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validators = Object.fromEntries(['platforms', 'guide', 'texts', 'words']
  .map((kind) => [kind, ajv.compile(readGuideJson(`schema/${kind}.schema.json`))]));
const schemaOf = (path) => (path === 'platforms.json' ? 'platforms' : /^(texts|words)\//.exec(path)?.[1] ?? 'guide');

test('the build bundles every guide file unchanged (one source of truth)', () => {
  for (const browser of BROWSERS) {
    for (const path of guidePaths) {
      assert.ok(existsSync(bundledPath(browser, path)), `${browser}: ${path} missing: run npm run build`);
      assert.equal(readFileSync(bundledPath(browser, path), 'utf8'), readFileSync(GUIDES_DIR + path, 'utf8'), `${browser}: ${path}`);
    }
  }
});

test('the bundled data is valid against guides/schema', () => {
  for (const browser of BROWSERS) {
    for (const path of guidePaths) {
      const validate = validators[schemaOf(path)];
      const valid = validate(JSON.parse(readFileSync(bundledPath(browser, path), 'utf8')));
      assert.ok(valid, `${browser}: ${path}: ${ajv.errorsText(validate.errors)}`);
    }
  }
});

test('every claimed language has every text of every flow, for every platform', () => {
  for (const lang of platforms.languages) {
    assert.equal(guideData.texts[lang].language, lang, `texts/${lang}.json names its language`);
    assert.equal(guideData.words[lang].language, lang, `words/${lang}.json names its language`);
    for (const file of guideData.files) {
      const platform = platforms.platforms.find(({ id }) => id === file.platform);
      const keys = [['name'], ['summary'], ...file.steps.flatMap(({ id }) => [['steps', id, 'title'], ['steps', id, 'instruction']])];
      for (const key of keys) {
        assert.ok(textFor(guideData.texts[lang], platform, file.flow, ...key)?.trim(), `texts/${lang}.json: ${file.platform} ${file.flow} ${key.join('.')}`);
      }
    }
  }
});

test('locators name only terms with words in the fallback language; no language has terms the fallback lacks', () => {
  const glossary = guideData.words[platforms.fallbackLanguage].terms;
  for (const file of guideData.files) {
    for (const step of file.steps) {
      for (const locator of [...step.targets, ...(step.when ?? [])]) {
        for (const term of [...(locator.name ?? []), ...(locator.text ?? [])]) {
          assert.ok(glossary[term]?.words.length > 0, `${file.platform}/${file.flow} ${step.id}: ${term}`);
        }
      }
    }
  }
  for (const lang of platforms.languages) {
    for (const term of Object.keys(guideData.words[lang].terms)) assert.ok(glossary[term], `words/${lang}.json: ${term}`);
  }
});

test('texts and words exist for the claimed languages only (a forgotten entry in platforms.json shows here)', () => {
  for (const kind of ['texts', 'words']) {
    const languages = readdirSync(GUIDES_DIR + kind).map((name) => name.replace(/\.json$/, '')).sort();
    assert.deepEqual(languages, [...platforms.languages].sort(), kind);
  }
});

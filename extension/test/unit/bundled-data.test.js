import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { GUIDES_DIR, platforms, readGuideJson } from '../support/guides.js';

const BROWSERS = ['chromium', 'firefox'];
const bundledPath = (browser, path) => fileURLToPath(new URL(`../../target/${browser}/guides/${path}`, import.meta.url));
const guidePaths = ['platforms.json', ...platforms.platforms.flatMap((p) => p.flows.map((flow) => `${p.id}/${flow}.json`))];

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validatePlatforms = ajv.compile(readGuideJson('schema/platforms.schema.json'));
const validateGuide = ajv.compile(readGuideJson('schema/guide.schema.json'));

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
      const validate = path === 'platforms.json' ? validatePlatforms : validateGuide;
      const valid = validate(JSON.parse(readFileSync(bundledPath(browser, path), 'utf8')));
      assert.ok(valid, `${browser}: ${path}: ${ajv.errorsText(validate.errors)}`);
    }
  }
});

test('every guide speaks every language of platforms.json, as the card and popup expect', () => {
  for (const path of guidePaths.slice(1)) {
    const guide = readGuideJson(path);
    for (const lang of platforms.languages) {
      assert.ok(guide.name[lang], `${path}: name.${lang}`);
      for (const step of guide.steps) assert.ok(step.texts[lang], `${path}: ${step.id}.${lang}`);
    }
  }
});

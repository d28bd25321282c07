import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerLocator, textFor } from '../../src/engine/guide-data.js';
import { readGuideJson } from '../support/guides.js';

// The same table the server's LocalisationCasesTest passes.
const cases = readGuideJson('cases/localisation.json');

test('a text is found for its platform: shared, per platform, with the platform\'s name; missing ones are undefined', () => {
  for (const { platform, key: [flow, ...keys], text } of cases.textCases) {
    const entry = cases.platforms.find(({ id }) => id === platform);
    assert.equal(textFor(cases.texts, entry, flow, ...keys), text ?? undefined, `${platform} ${flow} ${keys.join('.')}`);
  }
});

test('a locator carries the words of its terms, in order and once, in every language that has any', () => {
  for (const { locator, answer } of cases.locatorCases) assert.deepEqual(answerLocator(locator, cases.words), answer);
});

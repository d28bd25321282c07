// The rest of the guidance, in each browser: silence outside a session, in-app back and forward,
// the honest "not found", Esc, changed class names, the offline fallback, the guide's ETag
// refresh, the letter page and the paste offer on the third-party form, "forget everything".
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startFixtureServer } from '../support/fixture-server.js';
import { startApiDouble } from '../support/api-double.js';
import { BROWSERS, expectCardOnly, expectStep, fill, launchBrowser, wait } from '../support/browser.js';
import { readGuideJson } from '../support/guides.js';
import { letterTexts } from '../support/letters.js';

const IG = 'https://www.instagram.com';
const QUIET_MS = 1000;

for (const name of BROWSERS) {
describe(name, () => {
let fixtures;
let api;
let browser;
let page;

const stepRequests = () => api.requests.filter((r) => r.url.pathname === '/api/v1/steps/current');
const text = (tab, selector) => tab.$eval(selector, (node) => node.textContent);
const value = (tab, selector) => tab.$eval(selector, (node) => node.value);
const count = async (tab, selector) => (await tab.$$(selector)).length;

before(async () => {
  fixtures = await startFixtureServer();
  api = await startApiDouble();
  browser = await launchBrowser(name, { fixtures });
  await browser.setPageLanguage('en');
});

after(async () => {
  await browser?.close();
  await api?.stop();
  await fixtures?.close();
});

test('outside a session nothing runs on Meta pages and nothing is sent', async () => {
  await browser.setOptions({ server: api.origin, lang: 'en' });
  const tab = await browser.newPage();
  for (const url of [`${IG}/`, `${IG}/jane.doe/`, 'https://privacycenter.instagram.com/', 'https://www.facebook.com/']) {
    await tab.goto(url);
    await wait(QUIET_MS / 4);
  }
  await wait(QUIET_MS);
  assert.equal(await count(tab, 'oppose-overlay, [data-oppose-step]'), 0);
  assert.deepEqual(await browser.registeredScripts(), []);
  assert.deepEqual(api.requests, []);
  await tab.close();
});

test('a session follows in-app navigation, back and forward', async () => {
  page = await browser.startSession('instagram', 'own-data');
  await expectStep(page, 'open-profile');
  await page.click('[data-oppose-step="open-profile"]');
  await expectStep(page, 'open-menu');
  await page.goBack();
  await expectStep(page, 'open-profile');
  await page.goForward();
  await expectStep(page, 'open-menu');
});

test('the guide copy was fetched, then refreshed with If-None-Match once stale', async () => {
  const guideRequests = () => api.requests.filter((r) => r.url.pathname === '/api/v1/guides/instagram/own-data');
  assert.equal(guideRequests().length, 1);
  assert.equal(guideRequests()[0].headers['if-none-match'], undefined);
  await browser.inExtension(async () => {
    const { storage } = globalThis.browser ?? globalThis.chrome;
    const { guides } = await storage.local.get('guides');
    for (const entry of Object.values(guides)) entry.fetchedAt = 0;
    await storage.local.set({ guides });
  });
  await page.goto(`${IG}/`);
  await expectStep(page, 'open-profile');
  await wait(200);
  assert.equal(guideRequests().length, 2);
  assert.equal(guideRequests()[1].headers['if-none-match'], `"${readGuideJson('instagram/own-data.json').revision}-en"`, 'the tag of the copy held');
});

test('a target that is not on the page: the card says so and nothing is marked', async () => {
  await page.goto('https://privacycenter.instagram.com/policy/');
  await expectCardOnly(page, 'not-found');
});

test('Esc dismisses the card and the mark', async () => {
  await page.goto(`${IG}/jane.doe/`);
  await expectStep(page, 'open-menu');
  await page.keyboard.press('Escape');
  await page.waitForSelector('oppose-overlay', { hidden: true });
  assert.equal(await count(page, '[data-oppose-step]'), 0);
});

test('new generated class names (another fixture version) change nothing', async () => {
  await page.goto(`${IG}/`);
  await expectStep(page, 'open-profile');
  const navClass = () => page.$eval('nav', (nav) => nav.className);
  const before = await navClass();
  await browser.setPageLanguage('en', '2');
  await page.reload();
  await expectStep(page, 'open-profile');
  assert.notEqual(await navClass(), before);
  await browser.setPageLanguage('en', '1');
});

test('server down: the bundled guides still guide, and the card says so', async () => {
  await api.stop();
  try {
    await page.goto(`${IG}/accounts/edit/`);
    await expectStep(page, 'open-privacy-center', { source: 'offline' });
  } finally {
    await api.restart();
  }
  await page.goto(`${IG}/jane.doe/`);
  await expectStep(page, 'open-menu');
});

test('letter page: problems next to their fields, draft kept, PDF downloaded, text kept', async () => {
  const letter = await browser.extensionPage('letter.html');
  await letter.waitForSelector('[name="items[0].location"]');
  await fill(letter, '[name="person.name"]', 'Jane Doe');
  await fill(letter, '[name="person.email"]', 'not-an-address');
  await fill(letter, '[name="items[0].location"]', 'https://example.org/article');
  await fill(letter, '[name="items[0].description"]', 'My home address');
  await fill(letter, '[name="grounds"]', 'People I fled from could find me.');
  await letter.click('button[value="text"]');
  await letter.waitForSelector('[name="person.email"][aria-invalid="true"]');
  assert.match(await text(letter, '[data-for="person.email"]'), /valid e-mail/);
  assert.equal(await value(letter, '[name="person.email"]'), 'not-an-address', 'what was typed is kept');

  await wait(400); // the draft is saved shortly after typing
  await browser.reopen(letter, 'letter.html');
  await letter.waitForFunction(() => document.querySelector('[name="person.name"]')?.value === 'Jane Doe');

  await fill(letter, '[name="person.email"]', 'jane@example.org');
  await letter.click('button[value="pdf"]');
  const pdf = await browser.download('objection-third-party-data-2026-11-30.pdf');
  assert.match(readFileSync(pdf, 'latin1'), /^%PDF-/);
  assert.equal(await count(letter, '[aria-invalid="true"]'), 0);

  await letter.click('button[value="text"]');
  await letter.waitForFunction(() => document.getElementById('status').textContent !== '');
  assert.equal(await letter.$eval('#status', (node) => node.className), 'status ok', 'copied, not shown to copy by hand');
  assert.match(await browser.storage('letterText'), /People I fled from could find me/);
  const body = JSON.parse(api.requests.filter((r) => r.url.pathname === '/api/v1/letters').at(-1).body);
  assert.deepEqual(body.person, { name: 'Jane Doe', email: 'jane@example.org' });
  assert.deepEqual(body.items, [{ location: 'https://example.org/article', description: 'My home address' }]);
  await letter.close();
});

test('letter page: its fields and texts in the guide\'s language, from the letters\' own texts', async () => {
  try {
    for (const lang of ['en', 'fr', 'de']) {
      await browser.setOptions({ lang });
      const letter = await browser.extensionPage('letter.html');
      const texts = letterTexts(lang);
      await letter.waitForSelector('[name="items[0].prompt"]');
      assert.equal(await letter.$eval('html', (node) => node.lang), lang);
      assert.ok((await text(letter, 'label[for="grounds"]')).startsWith(texts['form.grounds.label']), lang);
      assert.equal(await text(letter, '[data-group="items"] legend'), texts['field.items.entry'].replace('{number}', '1'));
      assert.equal(await letter.$eval('[name="language"] option[value="de"]', (option) => option.textContent), 'Deutsch');
      await letter.close();
    }
  } finally {
    await browser.setOptions({ lang: 'en' });
  }
});

test('third-party form: the card offers to paste the letter; the person sends', async () => {
  await page.close();
  page = await browser.startSession('facebook', 'third-party-data');
  await expectStep(page, 'describe-data', { target: 'textarea' });
  await page.focus('oppose-overlay'); // the card is keyboard-reachable: its first control is the paste offer
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('textarea').value.includes('People I fled from'));
  await page.click('button[type="submit"]');
  await expectCardOnly(page, 'done');
  const entry = await browser.popupEntry('facebook', 'third-party-data');
  assert.ok(entry.sent);
  assert.ok(stepRequests().every(({ url }) => !/[?#]/.test(url.searchParams.get('url'))));
});

// Firefox lets a person withdraw an add-on's site access; Chromium keeps an MV3 extension's declared
// host access (permissions.remove refuses), where a person can only restrict it in a menu no test reaches.
test('site access withdrawn: Start asks for it again, and the card appears', { skip: name !== 'firefox' && 'declared host access cannot be withdrawn through the API in Chromium' }, async () => {
  const origins = ['https://www.instagram.com/*', 'https://privacycenter.instagram.com/*', 'https://help.instagram.com/*'];
  const access = () => browser.inExtension((o) => (globalThis.browser ?? globalThis.chrome).permissions.contains({ origins: o }), origins);
  assert.equal(await browser.inExtension((o) => globalThis.browser.permissions.remove({ origins: o }), origins), true);
  assert.equal(await access(), false);
  const tab = await browser.startSession('instagram', 'own-data');
  await tab.goto(`${IG}/`);
  await expectStep(tab, 'open-profile');
  assert.equal(await access(), true);
  await tab.close();
});

test('forget everything: progress, draft, letter text and session are gone', async () => {
  const options = await browser.extensionPage('options.html');
  await options.click('#forget');
  await options.waitForFunction(() => document.getElementById('forgotten').textContent !== '');
  assert.deepEqual(await browser.storage(), {});
  assert.deepEqual(await browser.registeredScripts(), []);
  const entry = await browser.popupEntry('facebook', 'third-party-data');
  assert.equal(entry.sent, null);
  await options.close();
});
});
}

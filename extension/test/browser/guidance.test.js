// The rest of the guidance in headless Chromium: silence outside a session, in-app back and
// forward, the honest "not found", Esc, changed class names, the offline fallback, the guide's
// ETag refresh, the letter page and the paste offer on the third-party form, "forget everything".
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startFixtureServer } from '../support/fixture-server.js';
import { startApiDouble } from '../support/api-double.js';
import { expectCardOnly, expectStep, launchBrowser } from '../support/browser.js';
import { readGuideJson } from '../support/guides.js';
import { letterTexts } from '../support/letters.js';

const IG = 'https://www.instagram.com';
const QUIET_MS = 1000;

let fixtures;
let api;
let browser;
let page;

const storage = (key) => browser.worker.evaluate((k) => chrome.storage.local.get(k).then((all) => all[k]), key);
const stepRequests = () => api.requests.filter((r) => r.url.pathname === '/api/v1/steps/current');

before(async () => {
  fixtures = await startFixtureServer();
  api = await startApiDouble();
  browser = await launchBrowser({ fixturePort: fixtures.port });
  await browser.setPageLanguage('en');
});

after(async () => {
  await browser?.close();
  await api?.stop();
  await fixtures?.close();
});

test('outside a session nothing runs on Meta pages and nothing is sent', async () => {
  await browser.setOptions({ server: api.origin, lang: 'en' });
  const tab = await browser.context.newPage();
  for (const url of [`${IG}/`, `${IG}/jane.doe/`, 'https://privacycenter.instagram.com/', 'https://www.facebook.com/']) {
    await tab.goto(url);
    await tab.waitForTimeout(QUIET_MS / 4);
  }
  await tab.waitForTimeout(QUIET_MS);
  assert.equal(await tab.locator('oppose-overlay, [data-oppose-step]').count(), 0);
  assert.deepEqual(await browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts()), []);
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
  await browser.worker.evaluate(async () => {
    const { guides } = await chrome.storage.local.get('guides');
    for (const entry of Object.values(guides)) entry.fetchedAt = 0;
    await chrome.storage.local.set({ guides });
  });
  await page.goto(`${IG}/`);
  await expectStep(page, 'open-profile');
  await page.waitForTimeout(200);
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
  await page.waitForSelector('oppose-overlay', { state: 'detached' });
  assert.equal(await page.locator('[data-oppose-step]').count(), 0);
});

test('new generated class names (another fixture version) change nothing', async () => {
  await page.goto(`${IG}/`);
  await expectStep(page, 'open-profile');
  const before = await page.getAttribute('nav', 'class');
  await browser.setPageLanguage('en', '2');
  await page.reload();
  await expectStep(page, 'open-profile');
  assert.notEqual(await page.getAttribute('nav', 'class'), before);
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
  await letter.fill('[name="person.name"]', 'Jane Doe');
  await letter.fill('[name="person.email"]', 'not-an-address');
  await letter.fill('[name="items[0].location"]', 'https://example.org/article');
  await letter.fill('[name="items[0].description"]', 'My home address');
  await letter.fill('[name="grounds"]', 'People I fled from could find me.');
  await letter.click('button[value="text"]');
  await letter.waitForSelector('[name="person.email"][aria-invalid="true"]');
  assert.match(await letter.textContent('[data-for="person.email"]'), /valid e-mail/);
  assert.equal(await letter.inputValue('[name="person.email"]'), 'not-an-address', 'what was typed is kept');

  await letter.waitForTimeout(400); // the draft is saved shortly after typing
  await letter.reload();
  await letter.waitForFunction(() => document.querySelector('[name="person.name"]')?.value === 'Jane Doe');

  await letter.fill('[name="person.email"]', 'jane@example.org');
  const download = letter.waitForEvent('download');
  await letter.click('button[value="pdf"]');
  assert.equal((await download).suggestedFilename(), 'objection-third-party-data-2026-11-30.pdf');
  assert.equal(await letter.locator('[aria-invalid="true"]').count(), 0);

  await letter.click('button[value="text"]');
  await letter.waitForFunction(() => document.getElementById('status').textContent !== '');
  assert.match(await storage('letterText'), /People I fled from could find me/);
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
      assert.equal(await letter.getAttribute('html', 'lang'), lang);
      assert.ok((await letter.textContent('label[for="grounds"]')).startsWith(texts['form.grounds.label']), lang);
      assert.equal(await letter.textContent('[data-group="items"] legend'), texts['field.items.entry'].replace('{number}', '1'));
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

test('forget everything: progress, draft, letter text and session are gone', async () => {
  const options = await browser.extensionPage('options.html');
  await options.click('#forget');
  await options.waitForFunction(() => document.getElementById('forgotten').textContent !== '');
  assert.deepEqual(await browser.worker.evaluate(() => chrome.storage.local.get(null)), {});
  assert.deepEqual(await browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts()), []);
  const entry = await browser.popupEntry('facebook', 'third-party-data');
  assert.equal(entry.sent, null);
  await options.close();
});

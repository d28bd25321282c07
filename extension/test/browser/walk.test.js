// Both own-data flows walked from the feed to the form and its confirmation, in en, fr and de,
// with the built extension in each browser against the fixture pages under the real host names.
// At every step exactly one element carries data-oppose-step and the card names the step.
// The English walks also write the store listings' screenshots (1280 × 800, target/store/screenshots/
// <browser>/): the card on each step, the popup and the letter page, so they never go stale.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startFixtureServer } from '../support/fixture-server.js';
import { startApiDouble } from '../support/api-double.js';
import { BROWSERS, expectCardOnly, fill, launchBrowser } from '../support/browser.js';
import { walkOwnData } from '../support/walk.js';

const SCREENSHOTS = fileURLToPath(new URL('../../target/store/screenshots/', import.meta.url));

for (const name of BROWSERS) {
  describe(name, () => {
    let fixtures;
    let api;
    let browser;
    const screenshot = async (page, file) => {
      mkdirSync(`${SCREENSHOTS}${name}`, { recursive: true });
      await page.screenshot({ path: `${SCREENSHOTS}${name}/${file}.png`, type: 'png' });
    };

    before(async () => {
      fixtures = await startFixtureServer();
      api = await startApiDouble();
      browser = await launchBrowser(name, { fixtures });
    });

    after(async () => {
      await browser?.close();
      await api?.stop();
      await fixtures?.close();
    });

    // First, while nothing is done yet: what a person sees before starting.
    test('the popup and the letter page, for the store listings', async () => {
      await browser.setOptions({ server: api.origin, lang: 'en' });
      const popup = await browser.extensionPage('popup.html');
      await popup.waitForSelector('li[data-platform] button[data-action="start"]');
      await screenshot(popup, 'popup');
      await popup.close();
      const letter = await browser.extensionPage('letter.html');
      await letter.waitForSelector('[name="items[0].location"]');
      for (const [field, text] of [['person.name', 'Jane Doe'], ['person.email', 'jane@example.org'],
        ['items[0].location', 'https://directory.example.org/jane-doe'], ['items[0].description', 'My home address'],
        ['grounds', 'People I fled from could find where I live.'], ['place', 'Dublin']]) {
        await fill(letter, `[name="${field}"]`, text);
      }
      await letter.$eval('#date', (date) => { date.value = '2026-11-30'; }); // not today's: the picture stays the same
      await letter.evaluate(() => { document.activeElement.blur(); scrollTo(0, 0); }); // no caret; the top, wherever typing scrolled
      await screenshot(letter, 'letter');
      await letter.close();
    });

    for (const lang of ['en', 'fr', 'de']) {
      for (const platform of ['instagram', 'facebook']) {
        test(`${platform} own-data: feed to confirmation in ${lang}`, async () => {
          const firstRequest = api.requests.length;
          let shot = 0;
          const onStep = lang === 'en' ? (step, ms, tab) => screenshot(tab, `${platform}-${++shot}-${step}`) : undefined;
          const page = await walkOwnData(browser, { platform, lang, server: api.origin }, onStep);
          await expectCardOnly(page, 'done');
          assert.equal(await page.$eval('oppose-overlay', (card) => card.getAttribute('role')), 'dialog');
          await page.close();

          const entry = await browser.popupEntry(platform, 'own-data');
          assert.match(entry.progress, /6\D+6/, 'every step done');
          assert.ok(entry.sent, 'the date the objection was sent');
          assert.equal(entry.active, null, 'the session ends with the objection sent');

          const sent = api.requests.slice(firstRequest).filter((r) => r.url.pathname === '/api/v1/steps/current');
          assert.ok(sent.length >= 5, 'a request per page');
          for (const { url, headers } of sent) {
            const address = url.searchParams.get('url');
            assert.equal(address, new URL(address).origin + new URL(address).pathname, 'scheme, host and path only');
            assert.deepEqual([...url.searchParams.keys()].sort(), ['flow', 'lang', 'platform', 'url']);
            assert.equal(url.searchParams.get('lang'), lang);
            assert.equal(url.searchParams.get('platform'), platform);
            assert.equal(headers.cookie, undefined);
          }
        });
      }
    }
  });
}

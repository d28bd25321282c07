// Both own-data flows walked from the feed to the form and its confirmation, in en, fr and de,
// with the built extension in each browser against the fixture pages under the real host names.
// At every step exactly one element carries data-oppose-step and the card names the step.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startFixtureServer } from '../support/fixture-server.js';
import { startApiDouble } from '../support/api-double.js';
import { BROWSERS, expectCardOnly, launchBrowser } from '../support/browser.js';
import { walkOwnData } from '../support/walk.js';

for (const name of BROWSERS) {
  describe(name, () => {
    let fixtures;
    let api;
    let browser;

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

    for (const lang of ['en', 'fr', 'de']) {
      for (const platform of ['instagram', 'facebook']) {
        test(`${platform} own-data: feed to confirmation in ${lang}`, async () => {
          const firstRequest = api.requests.length;
          const page = await walkOwnData(browser, { platform, lang, server: api.origin });
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

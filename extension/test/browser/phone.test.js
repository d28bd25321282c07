// A phone, 360 × 740 CSS px with touch and a mobile browser's user agent, in each browser: the
// popup, options and letter pages and the card on a Meta page are usable with a finger, fit the
// screen, and the card stays clear of the page's own bottom bar. Boxes are measured, not assumed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startFixtureServer } from '../support/fixture-server.js';
import { startApiDouble } from '../support/api-double.js';
import { BROWSERS, PHONE, expectCardOnly, expectStep, launchBrowser } from '../support/browser.js';
import { touchProblems } from '../support/touch.js';

const IG = 'https://www.instagram.com';

// Instagram's mobile layout keeps its navigation in a bar fixed to the bottom of the screen.
function addBottomBar() {
  const bar = document.createElement('div');
  bar.id = 'fixture-bottom-bar';
  bar.style.cssText = 'position:fixed;left:0;right:0;bottom:0;height:56px;background:#eee;z-index:10';
  document.body.append(bar);
}

for (const name of BROWSERS) {
  describe(name, () => {
    let fixtures;
    let api;
    let browser;

    before(async () => {
      fixtures = await startFixtureServer();
      api = await startApiDouble();
      browser = await launchBrowser(name, { fixtures, screen: PHONE });
      await browser.setOptions({ server: api.origin, lang: 'de' }); // German: the longest words
      await browser.setPageLanguage('de');
    });

    after(async () => {
      await browser?.close();
      await api?.stop();
      await fixtures?.close();
    });

    for (const path of ['popup.html', 'options.html', 'letter.html']) {
      test(`${path}: fits 360 px, every control at least 24 × 24, nothing on hover only`, async () => {
        const page = await browser.extensionPage(path, PHONE);
        await page.waitForSelector('button');
        const { width, scrollWidth } = await page.evaluate(() => ({
          width: innerWidth, scrollWidth: document.documentElement.scrollWidth,
        }));
        assert.equal(width, 360);
        assert.ok(scrollWidth <= width, `no sideways scrolling: ${scrollWidth} px wide`);
        assert.deepEqual(await page.evaluate(`(${touchProblems})(document)`), []);
        await page.close();
      });
    }

    /** The card as placed on `page` once the page has a bottom bar: its box, its touch problems, the bar's top. */
    async function cardOverBottomBar(page) {
      await page.evaluate(addBottomBar);
      await page.evaluate(() => dispatchEvent(new Event('resize'))); // the card places itself again
      return {
        card: await browser.inCard(page, (root) => root.querySelector('.card').getBoundingClientRect().toJSON()),
        problems: await browser.inCard(page, touchProblems),
        ...(await page.evaluate(() => ({ bar: document.getElementById('fixture-bottom-bar').getBoundingClientRect().top, width: innerWidth }))),
      };
    }

    test('the card beside its target: on screen, above the bottom bar, off the target, 24 × 24 controls; a tap moves on', async () => {
      const page = await browser.startSession('instagram', 'own-data');
      await page.goto(`${IG}/`);
      await expectStep(page, 'open-profile');
      const { card, problems, bar, width } = await cardOverBottomBar(page);
      const target = await page.$('[data-oppose-step="open-profile"]');
      const box = await target.boundingBox();
      assert.equal(width, 360);
      assert.deepEqual(problems, []);
      assert.ok(card.left >= 0 && card.right <= width && card.top >= 0, `on screen: ${JSON.stringify(card)}`);
      assert.ok(card.bottom <= bar, `above the bottom bar at ${bar}: ${card.bottom}`);
      const apart = card.bottom <= box.y || card.top >= box.y + box.height || card.right <= box.x || card.left >= box.x + box.width;
      assert.ok(apart, `the target stays visible: ${JSON.stringify({ card, box })}`);
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await expectStep(page, 'open-menu');
      await page.close();
    });

    test('the card without a target sits in the corner above the bottom bar', async () => {
      const page = await browser.startSession('instagram', 'own-data');
      await page.goto('https://privacycenter.instagram.com/policy/');
      await expectCardOnly(page, 'not-found');
      const { card, problems, bar, width } = await cardOverBottomBar(page);
      assert.deepEqual(problems, []);
      assert.ok(card.left >= 0 && card.right <= width, `on screen: ${JSON.stringify(card)}`);
      assert.ok(card.bottom <= bar && bar - card.bottom < 40, `just above the bottom bar at ${bar}: ${card.bottom}`);
      await page.close();
    });
  });
}

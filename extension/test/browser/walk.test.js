// Both own-data flows walked from the feed to the form and its confirmation, in en, fr and de,
// with the built extension in headless Chromium against the fixture pages under the real host
// names. At every step exactly one element carries data-oppose-step and the card names the step.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { startFixtureServer } from '../support/fixture-server.js';
import { startApiDouble } from '../support/api-double.js';
import { expectCardOnly, expectStep, launchBrowser } from '../support/browser.js';

// Each move: wait for the step (on an element matching `target`), then click it as a person would.
// The walks are shared with the Java integration tests; the Facebook account menu renders lazily, then
// its sub-menu, and the mark follows the better target.
const WALKS = JSON.parse(readFileSync(new URL('../fixtures/walks.json', import.meta.url), 'utf8'));
delete WALKS.$comment;

let fixtures;
let api;
let browser;
const timings = [];

before(async () => {
  fixtures = await startFixtureServer();
  api = await startApiDouble();
  browser = await launchBrowser({ fixturePort: fixtures.port });
});

after(async () => {
  await browser?.close();
  await api?.stop();
  await fixtures?.close();
  if (timings.length > 0) {
    const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
    const summary = { navigations: sorted.length, medianMs: sorted[Math.floor(sorted.length / 2)], worstMs: sorted.at(-1), timings };
    mkdirSync('target/perf', { recursive: true });
    writeFileSync('target/perf/navigation-to-highlight.json', `${JSON.stringify(summary, null, 2)}\n`);
    console.log(`navigation to highlight over ${summary.navigations} navigations: median ${summary.medianMs} ms, worst ${summary.worstMs} ms`);
  }
});

for (const lang of ['en', 'fr', 'de']) {
  for (const [platform, walk] of Object.entries(WALKS)) {
    test(`${platform} own-data: feed to confirmation in ${lang}`, async () => {
      await browser.setOptions({ server: api.origin, lang });
      await browser.setPageLanguage(lang);
      const firstRequest = api.requests.length;
      const page = await browser.startSession(platform, 'own-data');
      let started = performance.now();
      await page.goto(walk.feed);
      let previous = null;
      for (const { step, target } of walk.moves) {
        await expectStep(page, step, { target });
        if (step !== previous) timings.push({ platform, lang, step, ms: Math.round(performance.now() - started) });
        previous = step;
        started = performance.now();
        await page.click(`[data-oppose-step="${step}"]`);
      }
      await expectCardOnly(page, 'done');
      assert.equal(await page.getAttribute('oppose-overlay', 'role'), 'dialog');

      const entry = await browser.popupEntry(platform, 'own-data');
      assert.match(entry.progress, /6\D+6/, 'every step done');
      assert.ok(entry.sent, 'the date the objection was sent');
      assert.equal(entry.active, null, 'the session ends with the objection sent');

      const sent = api.requests.slice(firstRequest).filter((r) => r.url.pathname === '/api/v1/steps/current');
      assert.ok(sent.length >= new Set(walk.moves.map((m) => m.step)).size, "a request per page");
      for (const { url, headers } of sent) {
        const page = url.searchParams.get('url');
        assert.equal(page, new URL(page).origin + new URL(page).pathname, 'scheme, host and path only');
        assert.deepEqual([...url.searchParams.keys()].sort(), ['flow', 'lang', 'platform', 'url']);
        assert.equal(url.searchParams.get('lang'), lang);
        assert.equal(url.searchParams.get('platform'), platform);
        assert.equal(headers.cookie, undefined);
      }
      await page.close();
    });
  }
}

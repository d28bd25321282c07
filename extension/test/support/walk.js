// One own-data walk, as a person does it: options (server, language), the popup's Start, then
// each highlighted element clicked in turn (test/fixtures/walks.json, shared with the Java
// integration tests), up to the confirmation. Used by the browser tests and the benchmark.
import { readFileSync } from 'node:fs';
import { expectStep } from './browser.js';

export const WALKS = JSON.parse(readFileSync(new URL('../fixtures/walks.json', import.meta.url), 'utf8'));
delete WALKS.$comment;

/**
 * Walks `platform`'s own-data flow and returns the tab, left on the confirmation. `onStep(step, ms,
 * page)` hears, at each new step, the time from leaving a page (click or address) to its highlight,
 * as the driver sees it; `prepare(page)` runs on the tab before it opens the first page.
 */
export async function walkOwnData(browser, { platform, lang, server }, onStep = async () => {}, prepare = async () => {}) {
  const walk = WALKS[platform];
  await browser.setOptions({ server, lang });
  await browser.setPageLanguage(lang);
  const page = await browser.startSession(platform, 'own-data');
  await prepare(page);
  let started = performance.now();
  await page.goto(walk.feed);
  let previous = null;
  for (const { step, target } of walk.moves) {
    await expectStep(page, step, { target });
    if (step !== previous) await onStep(step, performance.now() - started, page);
    previous = step;
    started = performance.now();
    await page.click(`[data-oppose-step="${step}"]`);
  }
  return page;
}

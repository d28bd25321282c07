// Walks both own-data flows in en, fr and de, `rounds` times, in each browser, and measures every
// navigation to the moment the next step's target carries data-oppose-step and the card names it.
// Measured by the page's own clock, so the driver's round trips do not count: a probe in the page
// notes the click and the highlight; for a full page load the start is the navigation's (the new
// document's time origin), for an in-app navigation (the page's own history.pushState) the click.
// Run through bench/extension-highlight.sh.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { startFixtureServer } from '../extension/test/support/fixture-server.js';
import { startApiDouble } from '../extension/test/support/api-double.js';
import { BROWSERS, launchBrowser } from '../extension/test/support/browser.js';
import { WALKS, walkOwnData } from '../extension/test/support/walk.js';

const rounds = Number(process.argv[2] ?? 3);

// Runs in every page of the walk before the page's own scripts.
function probe() {
  const state = { clickAt: null, marks: {} };
  window.__opposeProbe = state;
  addEventListener('click', (event) => { state.clickAt = event.timeStamp; }, true);
  new MutationObserver(() => {
    const marked = document.querySelector('[data-oppose-step]');
    const step = marked?.getAttribute('data-oppose-step');
    if (step && !(step in state.marks) && document.querySelector(`oppose-overlay[data-step="${step}"]`)) {
      state.marks[step] = { ms: performance.now() - (state.clickAt ?? 0), load: state.clickAt === null ? 'full' : 'in-app' };
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-oppose-step', 'data-step'] });
}
const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, median: Math.round(sorted[Math.floor(sorted.length / 2)]), p90: Math.round(sorted[Math.floor(sorted.length * 0.9)]), worst: Math.round(sorted.at(-1)) };
};

const fixtures = await startFixtureServer();
const api = await startApiDouble();
const results = {};
try {
  for (const name of BROWSERS) {
    const browser = await launchBrowser(name, { fixtures });
    const version = await browser.browser.version();
    const timings = [];
    try {
      for (let round = 0; round < rounds; round += 1) {
        for (const lang of ['en', 'fr', 'de']) {
          for (const platform of Object.keys(WALKS)) {
            const page = await walkOwnData(browser, { platform, lang, server: api.origin }, async (step, driverMs, tab) => {
              const mark = await tab.evaluate((s) => window.__opposeProbe.marks[s], step);
              timings.push({ platform, lang, step, ...mark, ms: Math.round(mark.ms), driverMs: Math.round(driverMs) });
            }, (tab) => tab.evaluateOnNewDocument(probe));
            await page.close();
          }
        }
      }
    } finally {
      await browser.close();
    }
    results[name] = {
      version,
      all: summary(timings.map((t) => t.ms)),
      full: summary(timings.filter((t) => t.load === 'full').map((t) => t.ms)),
      inApp: summary(timings.filter((t) => t.load === 'in-app').map((t) => t.ms)),
      timings,
    };
  }
} finally {
  await api.stop();
  await fixtures.close();
}

const machine = `${cpus().length} × ${cpus()[0].model}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
mkdirSync('target/perf', { recursive: true });
writeFileSync('target/perf/navigation-to-highlight.json', `${JSON.stringify({ machine, rounds, results }, null, 2)}\n`);
console.log(`navigation to highlight, ${rounds} round(s) of the six own-data walks; ${machine}\n`);
console.log('| browser | navigations | median | p90 | worst | full loads: median (worst) | in-app: median (worst) |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [name, r] of Object.entries(results)) {
  console.log(`| ${r.version} | ${r.all.count} | ${r.all.median} ms | ${r.all.p90} ms | ${r.all.worst} ms | ${r.full.median} ms (${r.full.worst} ms) | ${r.inApp.median} ms (${r.inApp.worst} ms) |`);
}

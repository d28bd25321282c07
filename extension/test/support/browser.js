// Headless Chromium (Debian's, never a downloaded one) with the built, unpacked extension, and the
// fixture hosts resolved to the local HTTPS fixture server.
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureHosts } from './fixture-server.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXTENSION = fileURLToPath(new URL('../../target/chromium', import.meta.url));

export async function launchBrowser({ fixturePort }) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}. The browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver`);
  }
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`No build in ${EXTENSION}: run npm run build first`);
  const rules = fixtureHosts.map((host) => `MAP ${host}:443 127.0.0.1:${fixturePort}`).join(', ');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'oppose-profile-')), {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 800 },
    // Instant scrolling: otherwise clicks wait for the smooth scroll and timings measure it too.
    reducedMotion: 'reduce',
    args: [
      `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`,
      `--host-resolver-rules=${rules}`, '--ignore-certificate-errors',
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionUrl = (path) => `chrome-extension://${new URL(worker.url()).host}/${path}`;

  async function extensionPage(path) {
    const page = await context.newPage();
    await page.goto(extensionUrl(path));
    return page;
  }

  return {
    context,
    worker,
    extensionPage,

    /** Sets the server address and guide language through the options page, as a person would. */
    async setOptions({ server, lang }) {
      const page = await extensionPage('options.html');
      await page.waitForFunction(() => document.getElementById('server').value !== '');
      if (server) await page.fill('#server', server);
      if (lang) await page.selectOption('#lang', lang);
      await page.click('button[type="submit"]');
      await page.waitForFunction(() => document.getElementById('saved').textContent !== '');
      await page.close();
    },

    /** The language Meta's (fixture) pages are shown in. */
    async setPageLanguage(lang, version = '1') {
      const cookies = ['.instagram.com', '.facebook.com'].flatMap((domain) => [
        { name: 'fixture_lang', value: lang, domain, path: '/', secure: true },
        { name: 'fixture_version', value: version, domain, path: '/', secure: true },
      ]);
      await context.addCookies(cookies);
    },

    /** Clicks the popup's start button for a flow and returns the tab it opens. */
    async startSession(platform, flow) {
      const popup = await extensionPage('popup.html');
      const opened = context.waitForEvent('page');
      await popup.click(`li[data-platform="${platform}"][data-flow="${flow}"] button[data-action="start"]`);
      const page = await opened;
      if (!popup.isClosed()) await popup.close();
      return page;
    },

    /** The popup's entry for a flow: {progress, sent, active}. */
    async popupEntry(platform, flow) {
      const popup = await extensionPage('popup.html');
      const entry = popup.locator(`li[data-platform="${platform}"][data-flow="${flow}"]`);
      await entry.waitFor();
      const text = async (selector) => ((await entry.locator(selector).count()) > 0 ? entry.locator(selector).textContent() : null);
      const result = { progress: await text('.progress'), sent: await text('.sent'), active: await text('.active') };
      await popup.close();
      return result;
    },

    close: () => context.close(),
  };
}

/**
 * Waits until the page points at `stepId` (the data-oppose-step contract) and checks the card:
 * exactly one element marked, the card naming the same step. `target` narrows which element.
 */
export async function expectStep(page, stepId, { target = '', source = 'server' } = {}) {
  await page.waitForSelector(`${target}[data-oppose-step="${stepId}"]`, { state: 'attached' });
  await page.waitForSelector(`oppose-overlay[data-step="${stepId}"][data-source="${source}"]`, { state: 'attached' });
  const marked = await page.$$eval('[data-oppose-step]', (nodes) => nodes.map((n) => n.getAttribute('data-oppose-step')));
  if (marked.length !== 1 || marked[0] !== stepId) throw new Error(`expected one element marked ${stepId}, found ${JSON.stringify(marked)}`);
}

/** Waits for a card without a target (the last step, "not-found", or off the way). */
export async function expectCardOnly(page, dataStep, { source = 'server' } = {}) {
  await page.waitForSelector(`oppose-overlay[data-step="${dataStep}"][data-source="${source}"]`, { state: 'attached' });
  const marked = await page.$$eval('[data-oppose-step]', (nodes) => nodes.length);
  if (marked !== 0) throw new Error(`expected no element marked, found ${marked}`);
}

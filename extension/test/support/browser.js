// The browsers the tests run in, behind one driver: Debian's Chromium and Debian's firefox-esr
// (never a downloaded build), driven by puppeteer-core (CDP for Chromium, WebDriver BiDi for
// Firefox, no geckodriver), each with the built extension installed temporarily and the fixture
// hosts (www.instagram.com …) answered by the local fixture server. Only launching and reaching
// the extension's pages differ by browser; everything the tests do goes through this file.
import puppeteer from 'puppeteer-core';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureHosts } from './fixture-server.js';

const build = (browser) => fileURLToPath(new URL(`../../target/${browser}`, import.meta.url));

// Firefox names an extension's origin with a random UUID per profile; fixing it gives the pages
// a known address, as Chromium's id (derived from the path) does.
const FIREFOX_UUID = '6f0b2a3e-0d5c-4f7e-9a41-0ddba11c0ffe';
const GECKO_ID = 'oppose@oppose.eu';

export const PHONE = {
  viewport: { width: 360, height: 740, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  userAgent: {
    chromium: 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
    firefox: 'Mozilla/5.0 (Android 14; Mobile; rv:153.0) Gecko/153.0 Firefox/153.0',
  },
};
export const DESKTOP = { viewport: { width: 1280, height: 800 } };

const ENGINES = {
  chromium: {
    executable: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    install: 'apt-get install -y chromium',
    launch: ({ fixtures, phone }) => ({
      browser: 'chrome',
      // Extensions can only be installed over the pipe transport.
      pipe: true,
      enableExtensions: true,
      args: [
        ...(phone ? ['--touch-events=enabled'] : []),
        `--host-resolver-rules=${fixtureHosts.map((host) => `MAP ${host}:443 127.0.0.1:${fixtures.port}`).join(', ')}`,
        // Instant scrolling: otherwise clicks wait for the smooth scroll and timings measure it too.
        '--force-prefers-reduced-motion',
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    }),
    extensionOrigin: (id) => `chrome-extension://${id}`,
    open: (page, url) => page.goto(url),
    // DevTools sees closed shadow roots: find the card's, then call the function on it.
    inCard: async (page, source) => {
      const client = await page.createCDPSession();
      try {
        const { root } = await client.send('DOM.getDocument', { depth: -1, pierce: true });
        const find = (node) => (node.nodeName === 'OPPOSE-OVERLAY' ? node : (node.children ?? []).map(find).find(Boolean));
        const shadow = find(root)?.shadowRoots?.[0];
        if (!shadow) throw new Error('no card on the page');
        const { object } = await client.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
        const { result } = await client.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: `function () { return (${source})(this); }`, returnByValue: true });
        return result.value;
      } finally {
        await client.detach();
      }
    },
  },
  firefox: {
    executable: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    install: 'apt-get install -y firefox-esr',
    launch: ({ fixtures, downloads, phone }) => ({
      browser: 'firefox',
      // WebDriver BiDi may only open moz-extension: pages with this flag (a person opens them from
      // the toolbar; the tests open them in tabs, as they do chrome-extension: pages in Chromium).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        // Firefox's own default, stated so that the tests keep to what a person gets: an MV3
        // add-on's host permissions are granted when it is installed (the install prompt lists them).
        'extensions.originControls.grantByDefault': true,
        // permissions.request grants without showing its prompt: it stands in for the person
        // pressing "Allow" (the tests cannot reach Firefox's own prompts).
        'extensions.webextOptionalPermissionPrompts': false,
        // The fixture hosts through the fixture server's CONNECT proxy (the proxy refuses other
        // hosts); the API on loopback is never proxied.
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': fixtures.proxyPort,
        'network.proxy.allow_hijacking_localhost': false,
        'ui.prefersReducedMotion': 1,
        // Puppeteer's downloadBehavior is CDP only: Firefox's own download settings instead.
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        // A phone: a coarse pointer without hover, touch events, scrollbars over the content. BiDi's
        // touch emulation does not reach Firefox's pointer media queries or its extension pages.
        ...(phone ? { 'ui.primaryPointerCapabilities': 1, 'ui.allPointerCapabilities': 1, 'dom.w3c_touch_events.enabled': 1, 'ui.useOverlayScrollbars': 1 } : {}),
      },
    }),
    extensionOrigin: () => `moz-extension://${FIREFOX_UUID}`,
    // BiDi sends no load events for extension pages (Firefox bug 1755014): start the navigation
    // without waiting for one, then wait for the page's own readiness.
    open: async (page, url) => {
      // Marks the document being left, so that opening the same address again waits for the new one.
      await page.evaluate(() => { document.documentElement.dataset.opposeLeft = ''; });
      await page.mainFrame().browsingContext.navigate(url, 'none');
      await page.waitForFunction((href) => location.href === href && document.readyState === 'complete'
        && !('opposeLeft' in document.documentElement.dataset), {}, url);
    },
    // WebDriver BiDi serialises closed shadow roots when asked (includeShadowTree: all).
    inCard: async (page, source) => {
      const context = page.mainFrame().browsingContext;
      const { session } = context.userContext.browser;
      const target = { context: context.id };
      const { result: host } = await session.send('script.evaluate', {
        expression: 'document.querySelector("oppose-overlay")', target, awaitPromise: false, resultOwnership: 'root',
        serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
      });
      const shadow = host.result?.value?.shadowRoot;
      if (!shadow) throw new Error('no card on the page');
      const { result } = await session.send('script.callFunction', {
        functionDeclaration: `function () { return JSON.stringify((${source})(this)); }`,
        this: { sharedId: shadow.sharedId }, target, awaitPromise: false,
      });
      if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
      return JSON.parse(result.result.value);
    },
  },
};

// Both unless OPPOSE_BROWSERS names some (for a quicker run while working on one).
export const BROWSERS = process.env.OPPOSE_BROWSERS?.split(',') ?? Object.keys(ENGINES);

/** Launches `name` with the extension installed: the driver every test uses. */
export async function launchBrowser(name, { fixtures, screen = DESKTOP } = {}) {
  const engine = ENGINES[name];
  if (!existsSync(engine.executable)) {
    throw new Error(`No ${name} at ${engine.executable}. The browser tests need Debian's package: ${engine.install} (bin/test installs it when run as root)`);
  }
  if (!existsSync(join(build(name), 'manifest.json'))) throw new Error(`No build in ${build(name)}: run npm run build first`);
  const downloads = mkdtempSync(join(tmpdir(), 'oppose-downloads-'));
  const browser = await puppeteer.launch({
    ...engine.launch({ fixtures, downloads, phone: screen === PHONE }),
    executablePath: engine.executable,
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: screen.viewport,
    userDataDir: mkdtempSync(join(tmpdir(), `oppose-${name}-profile-`)),
    downloadBehavior: { policy: 'allow', downloadPath: downloads },
  });
  const origin = engine.extensionOrigin(await browser.installExtension(build(name)));
  const extensionUrl = (path) => `${origin}/${path}`;

  async function newPage(emulated = screen) {
    const page = await browser.newPage();
    if (emulated !== DESKTOP) await emulate(page, emulated);
    return page;
  }

  async function emulate(page, emulated) {
    await page.setViewport(emulated.viewport);
    if (emulated.userAgent) await page.setUserAgent(emulated.userAgent[name]);
  }

  async function extensionPage(path, emulated) {
    const page = await newPage(emulated);
    await engine.open(page, extensionUrl(path));
    return page;
  }

  let privileged = null;
  /** Runs fn(arg) inside an extension page, where the WebExtension API is (storage, scripting). */
  async function inExtension(fn, arg) {
    privileged ??= await extensionPage('options.html');
    return privileged.evaluate(fn, arg);
  }

  /** Resolves with the next tab that shows an https: page (one the extension opens). */
  function nextTab() {
    const before = new Set(browser.targets());
    return browser.waitForTarget((t) => t.type() === 'page' && !before.has(t) && t.url().startsWith('https:')).then((t) => t.page());
  }

  return {
    name,
    browser,
    extensionUrl,
    newPage,
    emulate,
    extensionPage,
    inExtension,
    /** Runs fn(shadowRoot) on the card's closed shadow root (what a person sees of it, measured). */
    inCard: (page, fn) => engine.inCard(page, fn.toString()),
    /** Opens an extension page in a tab that is already open (a reload: BiDi cannot wait for one). */
    reopen: (page, path) => engine.open(page, extensionUrl(path)),
    storage: (key) => inExtension((k) => (globalThis.browser ?? globalThis.chrome).storage.local.get(k).then((all) => (k ? all[k] : all)), key ?? null),
    registeredScripts: () => inExtension(() => (globalThis.browser ?? globalThis.chrome).scripting.getRegisteredContentScripts()),

    /** Sets the server address and guide language through the options page, as a person would. */
    async setOptions({ server, lang }) {
      const page = await extensionPage('options.html');
      await page.waitForFunction(() => document.getElementById('server').value !== '');
      if (server) await fill(page, '#server', server);
      if (lang) await page.select('#lang', lang);
      await page.click('button[type="submit"]');
      await page.waitForFunction(() => document.getElementById('saved').textContent !== '');
      await page.close();
    },

    /** The language Meta's (fixture) pages are shown in, and their release (class names). */
    async setPageLanguage(lang, version = '1') {
      await browser.setCookie(...['.instagram.com', '.facebook.com'].flatMap((domain) => [
        { name: 'fixture_lang', value: lang, domain, path: '/', secure: true },
        { name: 'fixture_version', value: version, domain, path: '/', secure: true },
      ]));
    },

    /** Clicks the popup's start button for a flow and returns the tab it opens. */
    async startSession(platform, flow) {
      const popup = await extensionPage('popup.html');
      const start = `li[data-platform="${platform}"][data-flow="${flow}"] button[data-action="start"]`;
      await popup.waitForSelector(start);
      const opened = nextTab();
      await popup.click(start);
      const page = await opened;
      if (screen !== DESKTOP) await emulate(page, screen);
      if (!popup.isClosed()) await popup.close().catch(() => {});
      return page;
    },

    /** The popup's entry for a flow: {progress, sent, active} (null where absent). */
    async popupEntry(platform, flow) {
      const popup = await extensionPage('popup.html');
      const entry = `li[data-platform="${platform}"][data-flow="${flow}"]`;
      await popup.waitForSelector(entry);
      const result = await popup.$eval(entry, (item) => Object.fromEntries(['progress', 'sent', 'active'].map((c) => [c, item.querySelector(`.${c}`)?.textContent ?? null])));
      await popup.close();
      return result;
    },

    /** Waits for a finished download named `fileName` (no partial file, size settled). */
    async download(fileName, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      let lastSize = -1;
      while (Date.now() < deadline) {
        const names = readdirSync(downloads);
        if (names.includes(fileName) && !names.some((n) => /\.(part|crdownload)$/.test(n))) {
          const { size } = statSync(join(downloads, fileName));
          if (size > 0 && size === lastSize) return join(downloads, fileName);
          lastSize = size;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no download ${fileName} within ${timeoutMs} ms; found ${JSON.stringify(readdirSync(downloads))}`);
    },

    close: () => browser.close(),
  };
}

/** Replaces a field's value by typing, as a person would. */
export async function fill(page, selector, value) {
  await page.$eval(selector, (field) => { field.value = ''; });
  await page.type(selector, value);
}

export const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the page points at `stepId` (the data-oppose-step contract) and checks the card:
 * exactly one element marked, the card naming the same step. `target` narrows which element.
 */
export async function expectStep(page, stepId, { target = '', source = 'server' } = {}) {
  await page.waitForSelector(`${target}[data-oppose-step="${stepId}"]`);
  await page.waitForSelector(`oppose-overlay[data-step="${stepId}"][data-source="${source}"]`);
  const marked = await page.$$eval('[data-oppose-step]', (nodes) => nodes.map((n) => n.getAttribute('data-oppose-step')));
  if (marked.length !== 1 || marked[0] !== stepId) throw new Error(`expected one element marked ${stepId}, found ${JSON.stringify(marked)}`);
}

/** Waits for a card without a target (the last step, "not-found", or off the way). */
export async function expectCardOnly(page, dataStep, { source = 'server' } = {}) {
  await page.waitForSelector(`oppose-overlay[data-step="${dataStep}"][data-source="${source}"]`);
  const marked = await page.$$eval('[data-oppose-step]', (nodes) => nodes.length);
  if (marked !== 0) throw new Error(`expected no element marked, found ${marked}`);
}

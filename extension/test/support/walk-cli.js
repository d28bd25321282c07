// One own-data walk from the command line, for the Java integration tests: the built extension in
// one browser against a real Oppose server, on the fixture pages under the real host names.
//   node test/support/walk-cli.js <chromium|firefox> <instagram|facebook> <lang> <server>
// Prints one JSON line ({steps, popup}) and exits 0 once the objection is recorded as sent;
// otherwise prints the failure and exits 1.
import { startFixtureServer } from './fixture-server.js';
import { expectCardOnly, launchBrowser } from './browser.js';
import { walkOwnData } from './walk.js';

const [name, platform, lang, server] = process.argv.slice(2);
const fixtures = await startFixtureServer();
let browser;
try {
  browser = await launchBrowser(name, { fixtures });
  const steps = [];
  const page = await walkOwnData(browser, { platform, lang, server }, (step) => steps.push(step));
  await expectCardOnly(page, 'done');
  const popup = await browser.popupEntry(platform, 'own-data');
  if (!/6\D+6/.test(popup.progress) || !popup.sent || popup.active) throw new Error(`not recorded as sent: ${JSON.stringify(popup)}`);
  console.log(JSON.stringify({ browser: name, steps, popup }));
} catch (error) {
  console.error(error?.stack ?? error);
  process.exitCode = 1;
} finally {
  await browser?.close();
  await fixtures.close();
}

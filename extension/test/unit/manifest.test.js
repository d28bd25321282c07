import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { manifestFor } from '../../scripts/manifest.js';
import { platformMatchPatterns } from '../../src/shared/match-patterns.js';
import { platforms } from '../support/guides.js';

const source = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
const build = (browser, server = 'https://oppose.example:8443') => manifestFor(browser, { source, version: '1.2.3', server, platforms });

test('host permissions: the platform hosts of the issue, derived from platforms.json', () => {
  const hosts = platformMatchPatterns(platforms).map((p) => new URL(p.replace('/*', '/')).hostname).sort();
  const expected = ['www', 'm', 'web', 'help', 'privacycenter', 'accountscenter']
    .flatMap((sub) => [`${sub}.facebook.com`, `${sub}.instagram.com`])
    .filter((host) => host !== 'privacycenter.facebook.com')
    .sort();
  assert.deepEqual(hosts, expected);
});

test('the build-time server is granted without a prompt; other servers are optional', () => {
  const manifest = build('chromium');
  assert.ok(manifest.host_permissions.includes('https://oppose.example/*'));
  assert.ok(!manifest.host_permissions.some((pattern) => pattern.startsWith('http://')), 'a release build reaches no local server');
  assert.deepEqual(manifest.optional_host_permissions, ['https://*/*', 'http://*/*']);
  assert.deepEqual(manifest.permissions, ['storage', 'scripting']);
  assert.equal(manifest.content_scripts, undefined, 'registered only while a session is active');
});

test('a build for a local server grants both loopback names at any port, for a server on another port', () => {
  const manifest = build('chromium', 'http://localhost:8080');
  assert.ok(manifest.host_permissions.includes('http://localhost/*'));
  assert.ok(manifest.host_permissions.includes('http://127.0.0.1/*'));
});

test('each browser gets its background declaration', () => {
  assert.deepEqual(build('chromium').background, { service_worker: 'background.js', type: 'module' });
  const firefox = build('firefox');
  assert.deepEqual(firefox.background, { scripts: ['background.js'], type: 'module' });
  assert.equal(firefox.version, '1.2.3');
});

test('Firefox: a fixed id, desktop and Android minimums, and every kind of data that leaves the device declared', () => {
  const { gecko, gecko_android: android } = build('firefox').browser_specific_settings;
  assert.equal(gecko.id, 'oppose@oppose.eu', 'the id stays fixed: stores and saved settings hang on it');
  assert.equal(gecko.strict_min_version, '140.0');
  assert.equal(android.strict_min_version, '142.0');
  // Page addresses go to the server during a session; a letter carries name, postal and e-mail address.
  assert.deepEqual(gecko.data_collection_permissions, { required: ['browsingActivity', 'personallyIdentifyingInfo'] });
  assert.equal(build('chromium').browser_specific_settings, undefined, 'Chromium gets no Firefox keys');
});

test('a strict CSP: scripts from the package only, no eval', () => {
  const csp = build('chromium').content_security_policy.extension_pages;
  assert.match(csp, /script-src 'self';/);
  assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline|https?:/);
});

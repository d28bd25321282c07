// The one manifest source (../manifest.json) completed for a browser: version, host permissions
// (platform hosts and the build-time server; when that server is on this machine, both loopback
// names at any port, so a local server on another port needs no prompt) and the background
// declaration each browser wants.
import { platformMatchPatterns, serverMatchPattern } from '../src/shared/match-patterns.js';

const LOOPBACK = ['http://localhost/*', 'http://127.0.0.1/*'];

const BACKGROUND = {
  chromium: { background: { service_worker: 'background.js', type: 'module' }, minimum_chrome_version: '121' },
  firefox: {
    background: { scripts: ['background.js'], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'oppose@oppose.eu',
        // 140: the first release that knows data_collection_permissions (Android: 142).
        strict_min_version: '140.0',
        // What leaves the device, as Firefox's install prompt states it: during a session the
        // address of each Meta page visited (browsingActivity); for a letter, the person's name,
        // postal and e-mail address (personallyIdentifyingInfo). The server keeps neither.
        data_collection_permissions: { required: ['browsingActivity', 'personallyIdentifyingInfo'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
};

export function manifestFor(browser, { source, version, server, platforms }) {
  const local = LOOPBACK.some((pattern) => new URL(pattern.replace('/*', '/')).hostname === new URL(server).hostname);
  const hosts = [...platformMatchPatterns(platforms), serverMatchPattern(server), ...(local ? LOOPBACK : [])];
  return { ...source, version, host_permissions: [...new Set(hosts)], ...BACKGROUND[browser] };
}

export const BROWSERS = Object.keys(BACKGROUND);

// Match patterns for the hosts the extension may touch, derived from guides/platforms.json so that
// the manifest (at build) and the dynamic content script (at run time) agree.
import { wholeMatch } from '../engine/whole-match.js';

// Besides the canonical hosts, the mobile and "web." hosts serve the same pages; platforms.json
// lists them as aliases of the www. host. Locale hosts (fr-fr.facebook.com) are left out on purpose:
// the issue limits the extension to these sub-domains.
const ALIAS_SUBDOMAINS = ['m', 'web'];

/** https://<host>/* for every canonical host and its m./web. aliases. */
export function platformMatchPatterns(platforms) {
  const hosts = platforms.platforms.flatMap((platform) =>
    platform.hosts.flatMap(({ host, aliases }) => {
      const domain = host.replace(/^www\./, '');
      const regex = aliases && host.startsWith('www.') ? wholeMatch(aliases) : null;
      const extra = regex ? ALIAS_SUBDOMAINS.map((sub) => `${sub}.${domain}`).filter((name) => regex.test(name)) : [];
      return [host, ...extra];
    }),
  );
  return [...new Set(hosts)].map((host) => `https://${host}/*`);
}

/** The pattern that grants access to a server address (ports are not part of match patterns). */
export function serverMatchPattern(server) {
  const url = new URL(server);
  return `${url.protocol}//${url.hostname}/*`;
}

// Turns the address of any page people meet into the canonical page the guides describe
// (docs/api.md, "Resolution"). Pure: no DOM, no browser API, shared by the background and the tests.
import { wholeMatch } from './whole-match.js';

export const MAX_URL_LENGTH = 2048;

/** The only part of an address that ever leaves the browser: scheme, host and path. */
export function pageAddress(href) {
  const url = new URL(href);
  return url.origin + url.pathname;
}

/** Collapses repeated slashes and drops a trailing slash, except for the root. */
export function normalisePath(pathname) {
  const collapsed = pathname.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}

/** Compiles platforms.json's host table once: [{platform, host, aliases: RegExp|null}]. */
export function hostTable(platforms) {
  return platforms.platforms.flatMap((platform) =>
    platform.hosts.map(({ host, aliases }) => ({
      platform: platform.id,
      host,
      aliases: aliases ? wholeMatch(aliases) : null,
    })),
  );
}

/**
 * The canonical page of an address: {platform, host, path}, or null when the address is not an
 * absolute http(s) address of a supported platform. Query and fragment are never looked at.
 */
export function canonicalPage(href, hosts) {
  if (typeof href !== 'string' || href.length === 0 || href.length > MAX_URL_LENGTH) return null;
  let url;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // A fully qualified name ("www.facebook.com.") is the same host.
  const name = url.hostname.toLowerCase().replace(/\.$/, '');
  const entry = hosts.find(({ host, aliases }) => host === name || aliases?.test(name));
  return entry ? { platform: entry.platform, host: entry.host, path: normalisePath(url.pathname) } : null;
}

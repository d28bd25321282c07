// The guides as the extension knows them: the copy bundled at build time (guides/ in the package)
// and the fresher copies the server hands out, kept with their ETag. Used to resolve pages when the
// server cannot be reached, and to name flows and count steps in the popup.
import { ext } from '../shared/ext.js';
import * as store from '../shared/store.js';
import { hostTable } from '../engine/address.js';
import { localiseGuide, readGuideData } from '../engine/guide-data.js';
import { resolveStep } from '../engine/resolve.js';
import * as server from './server.js';

const MAX_AGE_MS = 3600 * 1000; // the guide endpoint's Cache-Control max-age

let bundle;

async function readBundled(path) {
  return (await fetch(ext.runtime.getURL(`guides/${path}`))).json();
}

/** The bundled guide data (readGuideData) and its host table, loaded once per background lifetime. */
export async function bundled() {
  bundle ??= readGuideData(readBundled).then((data) => ({ ...data, hosts: hostTable(data.platforms) }));
  return bundle;
}

const cacheKey = ({ platform, flow, lang }) => `${store.flowKey(platform, flow)}/${lang}`;

/** The guide of one flow in one language: the server's copy when there is one, else the bundled one. */
export async function localGuide({ platform, flow, lang }) {
  const cached = (await store.readObject('guides'))[cacheKey({ platform, flow, lang })];
  if (cached) return cached.guide;
  const data = await bundled();
  const file = data.files.find((f) => f.platform === platform && f.flow === flow);
  return file && localiseGuide(file, lang, data);
}

/** Resolves a page without the server, the way the server would. */
export async function resolveOffline(query) {
  const { hosts } = await bundled();
  const guide = await localGuide(query);
  return resolveStep(query, { hosts, guideFor: (platform, flow) => (platform === query.platform && flow === query.flow ? guide : undefined) });
}

/** Asks the server for a newer copy (If-None-Match) when ours is older than the endpoint's max-age. */
export async function refresh(serverAddress, query, now = Date.now()) {
  const key = cacheKey(query);
  const cached = (await store.readObject('guides'))[key];
  if (cached && now - cached.fetchedAt < MAX_AGE_MS) return;
  const fresh = await server.guide(serverAddress, query, cached?.etag);
  const entry = fresh ? { ...fresh, fetchedAt: now } : cached && { ...cached, fetchedAt: now };
  if (entry) await store.write('guides', { ...(await store.readObject('guides')), [key]: entry });
}

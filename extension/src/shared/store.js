// Everything the extension remembers, in storage.local (nothing is synced anywhere):
//   settings   {server, lang}                      options page
//   session    {platform, flow, lang, startedAt}   only while a guided session is active
//   progress   {"<platform>/<flow>": {done, sentAt}}
//   guides     {"<platform>/<flow>/<lang>": {etag, guide, fetchedAt}}  server copies of the guides
//   letterDraft, letterText                       the letter page's draft and last plain text
import { ext } from './ext.js';
import { browserLanguage } from './i18n.js';

const area = () => ext.storage.local;

export async function read(key) {
  return (await area().get(key))[key];
}

/** What is kept under a key that holds an object ({} when nothing is). */
export async function readObject(key) {
  return (await read(key)) ?? {};
}

export async function write(key, value) {
  await area().set({ [key]: value });
}

export async function remove(key) {
  await area().remove(key);
}

export async function forgetEverything() {
  await area().clear();
}

let buildConfig;

/** Defaults fixed at build time (build.json): the server address. */
async function buildDefaults() {
  buildConfig ??= fetch(ext.runtime.getURL('build.json')).then((response) => response.json());
  return buildConfig;
}

/** The settings with their defaults filled in. */
export async function settings() {
  const saved = await readObject('settings');
  return { server: saved.server ?? (await buildDefaults()).server, lang: saved.lang ?? browserLanguage() };
}

export const flowKey = (platform, flow) => `${platform}/${flow}`;

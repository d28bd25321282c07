// A guided session: which platform and flow the person is doing. The content script is registered
// only while a session is active, so nothing of Oppose runs on Meta's sites otherwise.
import { ext } from '../shared/ext.js';
import * as store from '../shared/store.js';
import { Message } from '../shared/protocol.js';
import { platformMatchPatterns } from '../shared/match-patterns.js';
import { bundled } from './guides.js';

const CONTENT_SCRIPT_ID = 'oppose-guide';

async function platformPatterns() {
  return platformMatchPatterns((await bundled()).platforms);
}

/** Registers or unregisters the content script to match whether a session is active. */
export async function syncContentScript() {
  const active = Boolean(await store.read('session'));
  const registered = await ext.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (active && registered.length === 0) {
    await ext.scripting.registerContentScripts([
      { id: CONTENT_SCRIPT_ID, matches: await platformPatterns(), js: ['content.js'], css: ['content.css'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  } else if (!active && registered.length > 0) {
    await ext.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  }
}

export async function start({ platform, flow, lang }) {
  await store.write('session', { platform, flow, lang, startedAt: new Date().toISOString() });
  await syncContentScript();
}

/** Ends the session and tells open Meta tabs to take the card down. */
export async function stop({ notifyTabs = true } = {}) {
  await store.remove('session');
  await syncContentScript();
  if (!notifyTabs) return;
  const tabs = await ext.tabs.query({ url: await platformPatterns() });
  await Promise.all(tabs.map((tab) => ext.tabs.sendMessage(tab.id, { type: Message.sessionEnded }).catch(() => {})));
}

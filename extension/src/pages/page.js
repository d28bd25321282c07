// What every extension page does first: take the guide's language and put its strings in place.
import { ext } from '../shared/ext.js';
import { loadMessages, translator } from '../shared/i18n.js';
import { settings } from '../shared/store.js';

/** Fills [data-i18n] elements (textContent) and returns the translate function and settings. */
export async function localisePage() {
  const current = await settings();
  const t = translator(await loadMessages(current.lang));
  document.documentElement.lang = current.lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  return { t, settings: current };
}

export function openInTab(url) {
  return ext.tabs.create({ url });
}

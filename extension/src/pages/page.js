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

/** Creates an element with attributes and text (never HTML). */
export function element(tag, attributes = {}, text = null) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== null) node.textContent = text;
  return node;
}

export function openInTab(url) {
  return ext.tabs.create({ url });
}

// UI strings from _locales, in the guide's language rather than only the browser's (chrome.i18n
// cannot switch language), so the card, the pages and the guide texts speak the same language.
import { ext } from './ext.js';
import platforms from '../../../guides/platforms.json' with { type: 'json' };

/** The languages Oppose claims, as guides/platforms.json lists them. */
export const SUPPORTED_LANGUAGES = platforms.languages;

/** The supported language closest to a BCP 47 tag such as "fr-BE"; else platforms.json's fallback. */
export function supportedLanguage(tag) {
  const primary = String(tag ?? '').toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LANGUAGES.includes(primary) ? primary : platforms.fallbackLanguage;
}

export function browserLanguage() {
  return supportedLanguage(ext.i18n.getUILanguage());
}

/** Raw messages ({key: text}) of one language. */
export async function loadMessages(lang) {
  const response = await fetch(ext.runtime.getURL(`_locales/${supportedLanguage(lang)}/messages.json`));
  const file = await response.json();
  return Object.fromEntries(Object.entries(file).map(([key, { message }]) => [key, message]));
}

/** A translate function over messages: t(key, ...substitutions) with $1..$9 as in _locales. */
export function translator(messages) {
  return (key, ...substitutions) =>
    (messages[key] ?? key).replace(/\$(\d)/g, (_, n) => String(substitutions[Number(n) - 1] ?? ''));
}

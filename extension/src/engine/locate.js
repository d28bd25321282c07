// Finds the element a step points at with the guide's locators (guide.schema.json, "locator"):
// link target, role and accessible name, visible text, CSS - tried in that order, visible elements
// only. It only reads the DOM it is given, so the unit tests run it on linkedom.

import { canonicalPage } from './address.js';
import { wholeMatch } from './whole-match.js';

const ROLE_SELECTORS = {
  link: 'a[href], area[href], [role="link"]',
  button: 'button, input[type="button"], input[type="submit"], input[type="reset"], summary, [role="button"]',
  menuitem: '[role="menuitem"]',
  tab: '[role="tab"]',
  textbox: 'textarea, input:not([type]), input[type="text"], input[type="email"], input[type="search"], input[type="url"], input[type="tel"], [role="textbox"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  dialog: 'dialog, [role="dialog"]',
  alert: '[role="alert"]',
  status: 'output, [role="status"]',
};

// A text hit inside one of these is pointed at through it: the person clicks the control, not the span.
const CLICKABLE = 'a[href], button, summary, label, [role="button"], [role="link"], [role="menuitem"], [role="tab"], [role="checkbox"]';
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'title']);
// Text is split across nested inline elements ("vous <b>opposer</b>"): look this many levels up.
const TEXT_ANCESTOR_LEVELS = 4;

/** Whitespace collapsed, typographic apostrophes made plain, lower case: how texts are compared. */
export function normaliseText(text) {
  return (text ?? '').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Is the element laid out and not hidden? (Browsers only; the tests inject their own rule.) */
export function isRendered(element) {
  if (typeof element.checkVisibility === 'function' && !element.checkVisibility({ visibilityProperty: true })) return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 || box.height > 0;
}

function wordsOf(localised) {
  return [...new Set(Object.values(localised).flat().map(normaliseText))];
}

function textMatches(text, words, match) {
  return match === 'contains' ? words.some((word) => text.includes(word)) : words.includes(text);
}

function roleOf(element) {
  const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit;
  return Object.keys(ROLE_SELECTORS).find((role) => element.matches(ROLE_SELECTORS[role]));
}

function isTextField(element) {
  return element.matches(ROLE_SELECTORS.textbox) && !element.hasAttribute('role');
}

/** The accessible name, computed the simple way Meta's markup needs: labelledby, label, content. */
export function accessibleName(element) {
  const doc = element.ownerDocument;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? '').join(' ');
  }
  const label = element.getAttribute('aria-label');
  if (label) return label;
  if (isTextField(element)) {
    const labels = element.id ? [...doc.querySelectorAll('label[for]')].filter((l) => l.getAttribute('for') === element.id) : [];
    const wrapping = element.closest('label');
    if (wrapping) labels.push(wrapping);
    const text = labels.map((l) => l.textContent).join(' ');
    return text.trim() ? text : element.getAttribute('placeholder') ?? element.getAttribute('title') ?? '';
  }
  if (element.matches('input')) return element.getAttribute('value') ?? '';
  return element.textContent || element.getAttribute('title') || '';
}

/**
 * A link's address without query and fragment. With the host table, a link to one of a platform's other
 * host names (m., web., bare) is written with its canonical host, as the guides' patterns are.
 */
function linkAddress(element, baseUrl, hosts) {
  let url;
  try {
    url = new URL(element.getAttribute('href'), baseUrl);
  } catch {
    return null;
  }
  const page = hosts && canonicalPage(url.href, hosts);
  return page ? `${url.protocol}//${page.host}${url.pathname}` : url.origin + url.pathname;
}

function* textHits(root, words, match) {
  const longest = Math.max(...words.map((w) => w.length));
  for (const element of root.querySelectorAll('*')) {
    if (NOT_TEXT.has(element.localName)) continue;
    const ownText = [...element.childNodes].some((node) => node.nodeType === 3 && node.data.trim());
    if (!ownText) continue;
    for (let node = element, level = 0; node && level < TEXT_ANCESTOR_LEVELS; node = node.parentElement, level += 1) {
      const text = normaliseText(node.textContent);
      if (textMatches(text, words, match)) {
        yield node;
        break;
      }
      // Going up only adds text: an exact match can no longer happen.
      if (match !== 'contains' && text.length > longest) break;
    }
  }
}

/** Candidates for one locator, in document order (before the visibility check). */
function* candidatesFor(locator, doc, baseUrl, hosts) {
  if (locator.href) {
    const regex = wholeMatch(locator.href, 'i');
    for (const link of doc.querySelectorAll('a[href], area[href]')) {
      const href = linkAddress(link, baseUrl, hosts);
      if (href && regex.test(href)) yield link;
    }
  } else if (locator.role) {
    const words = wordsOf(locator.name);
    for (const element of doc.querySelectorAll(ROLE_SELECTORS[locator.role])) {
      if (roleOf(element) === locator.role && textMatches(normaliseText(accessibleName(element)), words, locator.match)) yield element;
    }
  } else if (locator.text) {
    for (const hit of textHits(doc.body ?? doc.documentElement, wordsOf(locator.text), locator.match)) {
      yield hit.closest(CLICKABLE) ?? hit;
    }
  } else if (locator.css) {
    yield* doc.querySelectorAll(locator.css);
  }
}

/**
 * The first visible element one locator finds, or null.
 * options: {isVisible = isRendered, baseUrl = doc.baseURI, hosts (hostTable, to read links on alias hosts)}.
 */
export function find(locator, doc, { isVisible = isRendered, baseUrl = doc.baseURI, hosts = null } = {}) {
  for (const element of candidatesFor(locator, doc, baseUrl, hosts)) {
    if (isVisible(element)) return element;
  }
  return null;
}

/** The target of a step: the element found by the first locator that finds one, with its index. */
export function findTarget(locators, doc, options) {
  for (const [index, locator] of locators.entries()) {
    const element = find(locator, doc, options);
    if (element) return { element, locator: index };
  }
  return null;
}

/**
 * The step that applies on this page (docs/api.md, "candidates"): the first candidate whose `when`
 * finds an element, a candidate without `when` always applying; else the answer's `step`.
 */
export function applicableStep(answer, doc, options) {
  const candidates = answer.candidates ?? [answer.step];
  return candidates.find((step) => !step.when || step.when.some((locator) => find(locator, doc, options))) ?? answer.step;
}

/** Whether the located target is a field one types into (then the card can offer to paste). */
export function acceptsText(element) {
  return isTextField(element) || element.getAttribute('role') === 'textbox' || element.isContentEditable === true;
}

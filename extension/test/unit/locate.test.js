import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { find, findTarget, applicableStep, accessibleName, normaliseText, acceptsText } from '../../src/engine/locate.js';
import { localisedGuide, platforms } from '../support/guides.js';
import { hostTable } from '../../src/engine/address.js';

// linkedom has no layout: "visible" here means not inside [hidden] or display:none.
const options = {
  baseUrl: 'https://www.instagram.com/jane.doe/',
  isVisible: (element) => !element.closest('[hidden], [style*="display: none"]'),
};

function page(body) {
  return parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`).document;
}

const stepOf = (platform, flow, id) => localisedGuide(platform, flow).steps.find((s) => s.id === id);

test('href: a link on an alias host (web., m., bare) is read with its canonical host', () => {
  const doc = page('<a id="settings" href="/privacy/center/">x</a><a id="abs" href="https://m.facebook.com/help/contact/712876720715583">y</a>');
  const onWeb = { ...options, baseUrl: 'https://web.facebook.com/settings/', hosts: hostTable(platforms) };
  assert.equal(find({ href: 'https://www\\.facebook\\.com/privacy/center(/.*)?' }, doc, onWeb)?.id, 'settings');
  assert.equal(find({ href: 'https://www\\.facebook\\.com/help/contact/712876720715583' }, doc, onWeb)?.id, 'abs');
  assert.equal(find({ href: 'https://www\\.facebook\\.com/privacy/center(/.*)?' }, doc, { ...onWeb, hosts: null }), null,
    'without the table the literal host is compared');
});

test('href: whole absolute address, query and fragment ignored, case-insensitive', () => {
  const doc = page('<a id="a" href="/ACCOUNTS/edit/?next=1#x">x</a><a id="b" href="https://evil.example/accounts/edit/">y</a>');
  assert.equal(find({ href: 'https://www\\.instagram\\.com/accounts/edit(/.*)?' }, doc, options)?.id, 'a');
  assert.equal(find({ href: 'https://evil\\.example/accounts' }, doc, options), null);
});

test('role and accessible name: aria-label, aria-labelledby, content; implicit and explicit roles', () => {
  const doc = page(`
    <span id="lbl">Settings &amp; activity</span>
    <div role="button" id="gear" aria-labelledby="lbl"><svg></svg></div>
    <a href="/x" id="profile" aria-label="  Profile ">img</a>
    <a href="/y" role="button" id="fake">Profile</a>
    <button id="send">  Senden </button>`);
  const role = (r, words, match) => find({ role: r, name: { en: words }, match }, doc, options)?.id;
  assert.equal(role('button', ['Settings & activity']), 'gear');
  assert.equal(role('link', ['Profile']), 'profile');
  assert.equal(role('button', ['Profile']), 'fake', 'an explicit role wins over the implicit one');
  assert.equal(find({ role: 'button', name: { en: ['Send'], de: ['Senden'] } }, doc, options)?.id, 'send', 'words of every language count');
  assert.equal(role('button', ['activity']), undefined, 'exact by default');
  assert.equal(role('button', ['activity'], 'contains'), 'gear');
});

test('textbox names come from labels and placeholders', () => {
  const doc = page(`<form><label for="d">Please describe the information</label><textarea id="d"></textarea>
    <input id="e" placeholder="E-mail"></form>`);
  assert.equal(accessibleName(doc.getElementById('d')), 'Please describe the information');
  assert.equal(find({ role: 'textbox', name: { en: ['describe'] }, match: 'contains' }, doc, options)?.id, 'd');
  assert.ok(acceptsText(doc.getElementById('d')));
  assert.ok(!acceptsText(doc.body));
});

test('text: any language, whitespace and case normalised, nearest clickable ancestor preferred', () => {
  const doc = page(`<p>Vous avez le droit de <a id="obj" href="/contact/1"><b> VOUS\n opposer</b></a>.</p>
    <div role="button" id="more"><span><span>Mehr</span></span></div>`);
  assert.equal(find({ text: { en: ['object'], fr: ['vous opposer'] } }, doc, options)?.id, 'obj');
  assert.equal(find({ text: { de: ['mehr'] } }, doc, options)?.id, 'more');
});

test('text "contains" finds a sentence; typographic apostrophes match plain ones', () => {
  const doc = page('<div><p id="c">Thanks. We’ve received your objection and it will be applied going forward.</p></div>');
  assert.equal(find({ text: { en: ["we've received your objection"] }, match: 'contains' }, doc, options)?.id, 'c');
  assert.equal(normaliseText('  A\u00a0 B’s '), "a b's");
});

test('hidden elements are never found', () => {
  const doc = page('<div hidden><a href="/accounts/edit/" id="h">Settings</a></div><a id="v" href="/other">Settings</a>');
  assert.equal(find({ href: 'https://www\\.instagram\\.com/accounts/edit/?' }, doc, options), null);
  assert.equal(find({ text: { en: ['Settings'] } }, doc, options)?.id, 'v');
});

test('css is a locator like the others', () => {
  const doc = page('<form><button type="submit" id="s"><span></span></button></form>');
  assert.equal(find({ css: "form button[type='submit']" }, doc, options)?.id, 's');
});

test('targets are tried in order: the first locator that finds something wins', () => {
  const step = stepOf('instagram', 'own-data', 'open-menu');
  const closed = page('<a href="/">Home</a><div role="button" id="more" aria-label="More"></div>');
  assert.deepEqual(findTarget(step.targets, closed, options), { element: closed.getElementById('more'), locator: 2 });
  const open = page(`<div role="button" id="more" aria-label="More"></div>
    <div role="dialog"><a id="settings" href="https://www.instagram.com/accounts/edit/">Settings</a></div>`);
  assert.equal(findTarget(step.targets, open, options).element.id, 'settings', 'the lazy menu entry beats the button');
  assert.equal(findTarget(step.targets, page('<p>Nothing here</p>'), options), null);
});

test('candidates: the confirmation turns "send-form" into "done"', () => {
  const answer = { step: stepOf('instagram', 'own-data', 'send-form'), candidates: [stepOf('instagram', 'own-data', 'done'), stepOf('instagram', 'own-data', 'send-form')] };
  assert.equal(applicableStep(answer, page('<form><button>Send</button></form>'), options).id, 'send-form');
  assert.equal(applicableStep(answer, page('<p>Wir haben deinen Widerspruch erhalten. Er wird künftig angewendet.</p>'), options).id, 'done');
  assert.equal(applicableStep({ step: answer.step }, page(''), options).id, 'send-form');
});

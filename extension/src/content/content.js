// Runs on Facebook and Instagram pages only while a guided session is active (the background
// registers it then). On every page and every in-app navigation it asks the background for the
// step, points at the step's target and shows the card. It never clicks or submits anything.
import { ext } from '../shared/ext.js';
import { Message, request } from '../shared/protocol.js';
import { translator } from '../shared/i18n.js';
import { hostTable, pageAddress } from '../engine/address.js';
import { acceptsText, applicableStep, findTarget, isRendered } from '../engine/locate.js';
import { Overlay } from './overlay.js';
import platforms from '../../../guides/platforms.json' with { type: 'json' };

/** Links on m., web. or bare hosts are read with their canonical host, as the guides write them. */
const LOCATE = { hosts: hostTable(platforms) };

const STEP_ATTRIBUTE = 'data-oppose-step';
// Menus render lazily: give a target this long to appear before saying it cannot be found.
const NOT_FOUND_AFTER_MS = 1500;
// DOM changes come in bursts; look again once they settle.
const SETTLE_MS = 80;
// The page's own history.pushState is invisible to this isolated world, and not every in-app
// navigation changes the DOM at once: also look at the address this often.
const ADDRESS_POLL_MS = 300;

const state = {
  address: null,
  answer: null,
  stepKey: null,
  step: null,
  target: null,
  // Found by the step's first locator: nothing better can appear, no need to search again.
  targetIsBest: false,
  since: 0,
  dismissed: false,
  requests: 0,
  overlay: null,
  t: null,
};

const timers = { settle: 0, poll: 0, notFound: 0 };
const observer = new MutationObserver((records) => {
  if (records.every((record) => state.overlay?.owns(record))) return;
  clearTimeout(timers.settle);
  timers.settle = setTimeout(refresh, SETTLE_MS);
});

function setTarget(element) {
  if (!element) state.targetIsBest = false;
  if (state.target && state.target !== element) state.target.removeAttribute(STEP_ATTRIBUTE);
  if (element && element.getAttribute(STEP_ATTRIBUTE) !== state.step.id) {
    element.setAttribute(STEP_ATTRIBUTE, state.step.id);
    if (state.target !== element) {
      const smooth = matchMedia('(prefers-reduced-motion: no-preference)').matches;
      element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
    }
  }
  state.target = element;
}

function pasteLetterText(field) {
  return async () => {
    const text = await request(ext, { type: Message.letterText });
    if (!text) return;
    // React-style pages track the value through the prototype's setter and the input event.
    const prototype = Object.getPrototypeOf(field);
    const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
    if (setter) setter.call(field, text);
    else field.textContent = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    field.focus();
  };
}

/** What the card says for the current step, with or without a found target. */
function view(step, found) {
  const { answer, t } = state;
  const base = {
    stepId: step.id,
    title: step.title,
    instruction: step.instruction,
    counter: t('cardStep', (answer.positions?.[step.id] ?? answer.index) + 1, answer.total),
    source: answer.source,
    notice: answer.source === 'offline' ? t('cardOffline') : null,
    link: null,
    action: null,
    anchor: found,
  };
  const direct = { href: step.link ?? answer.formUrl, label: t('cardOpenLink') };
  const withNotice = (notice) => [notice, base.notice].filter(Boolean).join(' ');
  if (!answer.matched) return { ...base, notice: withNotice(t('cardElsewhere')), link: direct };
  if (found === null && step.targets.length > 0) return { ...base, stepId: 'not-found', notice: withNotice(t('cardNotFound')), link: direct };
  if (found && acceptsText(found)) {
    const action = answer.letterTextAvailable
      ? { label: t('cardPaste'), run: pasteLetterText(found) }
      : { label: t('cardWriteLetter'), run: () => request(ext, { type: Message.openLetter }) };
    return { ...base, action };
  }
  return base;
}

function enterStep(step) {
  state.step = step;
  state.since = performance.now();
  state.dismissed = false;
  setTarget(null);
  if (state.answer.matched) {
    request(ext, { type: Message.stepShown, stepId: step.id, final: step.done.on === 'final' }).catch(() => {});
  }
}

function locate(step) {
  if (state.targetIsBest && state.target?.isConnected && isRendered(state.target)) return state.target;
  const found = findTarget(step.targets, document, LOCATE);
  state.targetIsBest = found?.locator === 0;
  return found?.element ?? null;
}

/** Looks at the page again: which step applies, where its target is, what the card says. */
function refresh() {
  checkAddress();
  const { answer } = state;
  if (!answer) return;
  const step = answer.matched ? applicableStep(answer, document, LOCATE) : answer.step;
  const key = `${state.address}#${step.id}`;
  if (key !== state.stepKey) {
    state.stepKey = key;
    enterStep(step);
  }
  if (state.dismissed) return;
  const found = answer.matched && step.targets.length > 0 ? locate(step) : undefined;
  setTarget(found ?? null);
  const waited = performance.now() - state.since;
  if (found === null && waited < NOT_FOUND_AFTER_MS) {
    state.overlay.hide();
    clearTimeout(timers.notFound);
    timers.notFound = setTimeout(refresh, NOT_FOUND_AFTER_MS - waited);
    return;
  }
  state.overlay.show(view(step, found ?? null));
}

async function checkAddress() {
  const address = pageAddress(location.href);
  if (address === state.address) return;
  state.address = address;
  state.answer = null;
  state.stepKey = null;
  setTarget(null);
  state.overlay?.hide();
  const ticket = ++state.requests;
  const answer = await request(ext, { type: Message.stepForPage, url: address }).catch(() => null);
  if (ticket !== state.requests) return; // the person moved on meanwhile
  if (answer?.inactive) {
    stop();
    return;
  }
  if (!answer || answer.error) return;
  state.t ??= translator(answer.strings);
  state.overlay ??= new Overlay(answer.strings, dismiss);
  state.answer = answer;
  refresh();
}

function dismiss() {
  state.dismissed = true;
  setTarget(null);
  state.overlay.hide();
}

function onClick(event) {
  const { target, step } = state;
  if (target && step?.done.on === 'click' && target.contains(event.target)) {
    request(ext, { type: Message.targetClicked, stepId: step.id }).catch(() => {});
  }
}

function stop() {
  observer.disconnect();
  Object.values(timers).forEach(clearTimeout);
  clearInterval(timers.poll);
  removeEventListener('popstate', checkAddress);
  document.removeEventListener('click', onClick, true);
  setTarget(null);
  state.overlay?.hide();
  state.answer = null;
}

ext.runtime.onMessage.addListener((message) => {
  if (message?.type === Message.sessionEnded) stop();
});

observer.observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'style', 'class', 'open', 'aria-hidden', 'aria-expanded'],
});
timers.poll = setInterval(checkAddress, ADDRESS_POLL_MS);
addEventListener('popstate', checkAddress);
document.addEventListener('click', onClick, true);
checkAddress();

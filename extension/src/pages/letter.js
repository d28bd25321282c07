// The letter page (a tab, so nothing typed is lost when a popup closes): the draft lives in
// storage.local until cleared; the server writes the letter as PDF (downloaded) or plain text
// (copied, and kept so the card can paste it into Meta's third-party data form).
import { read, remove, write } from '../shared/store.js';
import { element, localisePage } from './page.js';
import { emptyAccount, emptyItem, emptyLetter, fieldProblems, formFieldName, getPath, letterFromFields, requestBody } from './letter-model.js';

const SAVE_AFTER_MS = 300;
const { t, settings } = await localisePage();
const form = document.getElementById('letter');
const status = document.getElementById('status');
const formError = document.getElementById('form-error');
const plainText = document.getElementById('plain-text');

const today = () => new Date().toLocaleDateString('sv'); // ISO yyyy-mm-dd in local time

const GROUPS = {
  accounts: {
    heading: 'letterAccountHeading',
    fields: (i) => [
      ['select', `accounts[${i}].service`, 'letterService', [['instagram', 'Instagram'], ['facebook', 'Facebook']]],
      ['input', `accounts[${i}].identifier`, 'letterIdentifier'],
    ],
  },
  items: {
    heading: 'letterItemHeading',
    fields: (i) => [
      ['input', `items[${i}].location`, 'letterLocation'],
      ['textarea', `items[${i}].description`, 'letterDescription'],
      ['input', `items[${i}].prompt`, 'letterPrompt'],
      ['input', `items[${i}].shownOn`, 'letterShownOn', null, 'date'],
    ],
  },
};

function field([tag, name, label, options, type]) {
  const control = element(tag, { id: name, name, ...(type ? { type } : {}) });
  for (const [value, text] of options ?? []) control.append(element('option', { value }, text));
  return [element('label', { for: name }, t(label)), control];
}

function renderGroup(group, entries) {
  const { heading, fields } = GROUPS[group];
  const sets = entries.map((_, i) => {
    const set = element('fieldset');
    set.append(element('legend', {}, t(heading, i + 1)));
    fields(i).forEach((spec) => set.append(...field(spec)));
    if (entries.length > 1) {
      const removeButton = element('button', { type: 'button', 'data-remove': group, 'data-index': String(i) }, t('letterRemove'));
      set.append(removeButton);
    }
    return set;
  });
  document.getElementById(group).replaceChildren(...sets);
}

function render(letter) {
  renderGroup('accounts', letter.accounts);
  renderGroup('items', letter.items);
  for (const control of form.elements) {
    if (control.name) control.value = getPath(letter, control.name) ?? '';
  }
}

const currentLetter = () => letterFromFields([...form.elements].filter((c) => c.name).map((c) => [c.name, c.value]));

let saveTimer = 0;
function saveDraftSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => write('letterDraft', currentLetter()), SAVE_AFTER_MS);
}

// aria-describedby without the error message's id: the field's own help stays described.
function describedBy(control, without) {
  return (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== without);
}

function clearProblems() {
  for (const node of form.querySelectorAll('.error[data-for]')) {
    const control = form.elements.namedItem(node.dataset.for);
    control?.removeAttribute('aria-invalid');
    control?.setAttribute('aria-describedby', describedBy(control, node.id).join(' '));
    node.remove();
  }
  formError.hidden = true;
}

/** Each problem next to its field (named by its path); problems of no field at the top. */
function showProblems(problems) {
  const general = [];
  for (const { name, reason } of problems) {
    const control = name && form.elements.namedItem(name);
    if (!control) {
      general.push(reason);
      continue;
    }
    const message = element('p', { class: 'error', id: `${name}-error`, 'data-for': name }, reason);
    control.after(message);
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', [...describedBy(control, message.id), message.id].join(' '));
  }
  formError.textContent = [t('letterFixErrors'), ...general].join(' ');
  formError.hidden = false;
  form.querySelector('[aria-invalid="true"]')?.focus();
}

function say(message, outcome) {
  status.textContent = message;
  status.className = `status ${outcome}`;
}

function download(blob, response) {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `objection-${today()}.pdf`;
  const link = element('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

async function copy(text) {
  await write('letterText', text);
  try {
    await navigator.clipboard.writeText(text);
    plainText.hidden = true;
    say(t('letterCopied'), 'ok');
  } catch {
    plainText.value = text;
    plainText.hidden = false;
    say(t('letterCopyFailed'), 'failed');
  }
}

async function send(format) {
  clearProblems();
  say('', '');
  const accept = format === 'pdf' ? 'application/pdf' : 'text/plain';
  const letter = currentLetter();
  let response;
  try {
    response = await fetch(`${settings.server}/api/v1/letters`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: accept },
      body: JSON.stringify(requestBody(letter)),
      credentials: 'omit',
    });
  } catch {
    say(t('letterUnreachable'), 'failed');
    return;
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    const problems = fieldProblems(problem).map(({ name, reason }) => ({ name: formFieldName(name, letter), reason }));
    if (problems.length > 0) showProblems(problems);
    else say(problem?.detail ?? problem?.title ?? t('letterUnreachable'), 'failed');
    return;
  }
  if (format === 'pdf') {
    download(await response.blob(), response);
    say(t('letterDownloaded'), 'ok');
  } else {
    await copy(await response.text());
  }
}

function addTo(group, make) {
  const letter = currentLetter();
  letter[group].push(make());
  render(letter);
  form.elements.namedItem(GROUPS[group].fields(letter[group].length - 1)[0][1])?.focus();
  saveDraftSoon();
}

form.addEventListener('input', saveDraftSoon);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  send(event.submitter?.value === 'pdf' ? 'pdf' : 'text');
});
form.addEventListener('click', (event) => {
  const group = event.target.dataset?.remove;
  if (!group) return;
  const letter = currentLetter();
  letter[group].splice(Number(event.target.dataset.index), 1);
  render(letter);
  saveDraftSoon();
});
document.getElementById('add-account').addEventListener('click', () => addTo('accounts', emptyAccount));
document.getElementById('add-item').addEventListener('click', () => addTo('items', emptyItem));
document.getElementById('clear').addEventListener('click', async () => {
  await Promise.all([remove('letterDraft'), remove('letterText')]);
  clearProblems();
  plainText.hidden = true;
  say('', '');
  render(emptyLetter(settings.lang, today()));
});

render((await read('letterDraft')) ?? emptyLetter(settings.lang, today()));

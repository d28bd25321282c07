// The letter page (a tab, so nothing typed is lost when a popup closes): the draft lives in
// storage.local until cleared; the server writes the letter as PDF (downloaded) or plain text
// (copied, and kept so the card can paste it into Meta's third-party data form). Its fields and
// their texts come from the letters library's field table and messages, bundled by the build.
import { ext } from '../shared/ext.js';
import { element } from '../shared/dom.js';
import { read, remove, write } from '../shared/store.js';
import { localisePage } from './page.js';
import { formParts } from './letter-form.js';
import { emptyLetter, emptyRow, fieldProblems, fill, formFieldName, getPath, letterFromFields, requestBody } from './letter-model.js';

const SAVE_AFTER_MS = 300;
const bundled = (path) => fetch(ext.runtime.getURL(path)).then((response) => response.json());

const { t, settings } = await localisePage();
const [table, platforms] = await Promise.all([bundled('letters/form.json'), bundled('guides/platforms.json')]);
const messages = Object.fromEntries(await Promise.all(platforms.languages.map(
  async (lang) => [lang, await bundled(`letters/messages/${lang}.json`)])));
const texts = messages[settings.lang] ?? messages[platforms.fallbackLanguage];
const text = (key, values) => fill(texts[key] ?? key, values);
const choices = {
  kinds: table.kinds.map((kind) => [kind.id, text(kind.label)]),
  languages: platforms.languages.map((lang) => [lang, messages[lang]['language.name']]),
  services: platforms.platforms.map((platform) => [platform.id, platform.name]),
};

const form = document.getElementById('letter');
const fields = document.getElementById('fields');
const status = document.getElementById('status');
const formError = document.getElementById('form-error');
const plainText = document.getElementById('plain-text');

const today = () => new Date().toLocaleDateString('sv'); // ISO yyyy-mm-dd in local time
const newLetter = () => emptyLetter(table, choices, settings.lang, today());
const rowGroup = (key) => table.fields.find((part) => part.key === key);

function render(letter) {
  fields.replaceChildren(...formParts({ table, kind: letter.kind, letter, text, choices, removeLabel: t('letterRemove') }));
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

async function copy(letterText) {
  await write('letterText', letterText);
  try {
    await navigator.clipboard.writeText(letterText);
    plainText.hidden = true;
    say(t('letterCopied'), 'ok');
  } catch {
    plainText.value = letterText;
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
      body: JSON.stringify(requestBody(table, letter)),
      credentials: 'omit',
    });
  } catch {
    say(t('letterUnreachable'), 'failed');
    return;
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    const problems = fieldProblems(problem).map(({ name, reason }) => ({ name: formFieldName(table, name, letter), reason }));
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

form.addEventListener('input', saveDraftSoon);
// Another kind of letter may use other fields and need other rows.
form.addEventListener('change', (event) => {
  if (event.target.name === 'kind') render(currentLetter());
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  send(event.submitter?.value === 'pdf' ? 'pdf' : 'text');
});
form.addEventListener('click', (event) => {
  const { add, remove: removeFrom, index } = event.target.dataset ?? {};
  if (!add && !removeFrom) return;
  const letter = currentLetter();
  if (add) {
    letter[add] = [...(letter[add] ?? []), emptyRow(rowGroup(add), choices)];
  } else {
    letter[removeFrom].splice(Number(index), 1);
  }
  render(letter);
  if (add) form.elements.namedItem(`${add}[${letter[add].length - 1}].${rowGroup(add).fields[0].key}`)?.focus();
  saveDraftSoon();
});
document.getElementById('clear').addEventListener('click', async () => {
  await Promise.all([remove('letterDraft'), remove('letterText')]);
  clearProblems();
  plainText.hidden = true;
  say('', '');
  render(newLetter());
});

render((await read('letterDraft')) ?? newLetter());

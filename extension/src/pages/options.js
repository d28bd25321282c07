// Options: the server address (build-time default), the guide's language (default: the browser's)
// and "forget everything".
import { ext } from '../shared/ext.js';
import { Message, request } from '../shared/protocol.js';
import { read, write } from '../shared/store.js';
import { serverMatchPattern } from '../shared/match-patterns.js';
import { localisePage } from './page.js';

const { t, settings } = await localisePage();
const form = document.getElementById('settings');
const serverInput = form.elements.server;
const serverError = document.getElementById('server-error');
serverInput.value = settings.server;
form.elements.lang.value = settings.lang;

function validServer(value) {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash ? url.href.replace(/\/+$/, '') : null;
  } catch {
    return null;
  }
}

function showServerError(message) {
  serverError.textContent = message ?? '';
  serverError.hidden = !message;
  serverInput.setAttribute('aria-invalid', String(Boolean(message)));
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  document.getElementById('saved').textContent = '';
  const server = validServer(serverInput.value.trim());
  if (!server) {
    showServerError(t('optionsInvalidServer'));
    return;
  }
  // Requested straight from the click: browsers only prompt during a user gesture. Hosts the
  // manifest already grants (the build's server, loopback) answer at once without a prompt.
  const granted = await ext.permissions.request({ origins: [serverMatchPattern(server)] });
  if (!granted) {
    showServerError(t('optionsPermissionDenied'));
    return;
  }
  showServerError(null);
  await write('settings', { ...((await read('settings')) ?? {}), server, lang: form.elements.lang.value });
  document.getElementById('saved').textContent = t('optionsSaved');
});

document.getElementById('forget').addEventListener('click', async () => {
  await request(ext, { type: Message.forget });
  document.getElementById('forgotten').textContent = t('optionsForgotten');
});

// The popup: one entry per platform and flow to start or resume guidance, the progress so far, the
// official form and the letter page.
import { ext } from '../shared/ext.js';
import { Message, request } from '../shared/protocol.js';
import { element } from '../shared/dom.js';
import { localisePage, openInTab } from './page.js';

const { t, settings } = await localisePage();
const dateFormat = new Intl.DateTimeFormat(settings.lang, { dateStyle: 'long' });

function entry(flow, session) {
  const item = element('li', { 'data-platform': flow.platform, 'data-flow': flow.flow });
  const active = session?.platform === flow.platform && session?.flow === flow.flow;
  item.append(element('h2', {}, flow.name));
  item.append(element('p', { class: 'progress' }, t('popupProgress', flow.done, flow.total)));
  if (flow.sentAt) item.append(element('p', { class: 'sent' }, t('popupSentOn', dateFormat.format(new Date(flow.sentAt)))));
  if (active) item.append(element('p', { class: 'active' }, t('popupActive')));
  const row = element('div', { class: 'row' });
  const label = flow.sentAt ? 'popupStartAgain' : flow.done > 0 ? 'popupResume' : 'popupStart';
  const start = element('button', { type: 'button', class: 'primary', 'data-action': 'start' }, t(label));
  start.addEventListener('click', async () => {
    // A person can withdraw an add-on's access to sites (Firefox: the add-on's Permissions tab, or
    // the extensions button), and the card cannot appear without it. Asked from the click itself,
    // since browsers only prompt during a user gesture; where access is granted this resolves at
    // once, without a prompt.
    if (!(await ext.permissions.request({ origins: flow.origins }))) {
      item.querySelector('.needs-access')?.remove();
      item.append(element('p', { class: 'needs-access error', role: 'alert' }, t('popupNeedsAccess', flow.platformName)));
      return;
    }
    await request(ext, { type: Message.startSession, platform: flow.platform, flow: flow.flow });
    close();
  });
  row.append(start);
  if (active) {
    const stop = element('button', { type: 'button', 'data-action': 'stop' }, t('popupStop'));
    stop.addEventListener('click', async () => render(await request(ext, { type: Message.stopSession })));
    row.append(stop);
  }
  row.append(element('a', { href: flow.formUrl, target: '_blank', rel: 'noopener', 'data-action': 'form', 'aria-label': t('popupFormLabel', flow.name) }, t('popupForm')));
  item.append(row);
  return item;
}

function render({ flows, session }) {
  document.getElementById('flows').replaceChildren(...flows.map((flow) => entry(flow, session)));
}

document.getElementById('letter').addEventListener('click', () => openInTab(ext.runtime.getURL('letter.html')).then(() => close()));
document.getElementById('options').addEventListener('click', () => ext.runtime.openOptionsPage().then(() => close()));
render(await request(ext, { type: Message.state }));

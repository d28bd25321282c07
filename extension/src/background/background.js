// The background: the only part that talks to the server. It answers the content script with the
// step for a page (server first, bundled guides when unreachable), keeps progress, and runs the
// session the popup starts.
import { ext } from '../shared/ext.js';
import * as store from '../shared/store.js';
import { Message, serve } from '../shared/protocol.js';
import { loadMessages } from '../shared/i18n.js';
import { pageAddress } from '../engine/address.js';
import { emptyProgress, firstOpenStep, recordClicked, recordShown, summarise } from '../engine/progress.js';
import { localiseGuide } from '../engine/guide-data.js';
import { platformMatchPatterns } from '../shared/match-patterns.js';
import * as server from './server.js';
import * as guides from './guides.js';
import * as session from './session.js';

async function updateProgress({ platform, flow }, change) {
  const all = await store.readObject('progress');
  const key = store.flowKey(platform, flow);
  const next = change(all[key] ?? emptyProgress());
  await store.write('progress', { ...all, [key]: next });
  return next;
}

async function cardStrings(lang) {
  const messages = await loadMessages(lang);
  return Object.fromEntries(Object.entries(messages).filter(([key]) => key.startsWith('card')));
}

async function stepForPage({ url }) {
  const active = await store.read('session');
  if (!active) return { inactive: true };
  const { server: serverAddress } = await store.settings();
  const query = { url: pageAddress(url), lang: active.lang, flow: active.flow, platform: active.platform };
  let answer;
  let source = 'server';
  try {
    answer = await server.currentStep(serverAddress, query);
    guides.refresh(serverAddress, query).catch(() => {});
  } catch (error) {
    if (!(error instanceof server.Unreachable)) throw error;
    answer = await guides.resolveOffline(query);
    source = 'offline';
  }
  if (answer.error) return { error: answer.error };
  // Candidates carry no index: number them from the guide we hold (same step ids as the server's).
  const { steps } = await guides.localGuide(active);
  const positions = Object.fromEntries(
    (answer.candidates ?? [answer.step]).map((step) => [step.id, steps.findIndex(({ id }) => id === step.id)]).filter(([, i]) => i >= 0),
  );
  const letterTextAvailable = Boolean(await store.read('letterText'));
  return { ...answer, source, positions, letterTextAvailable, strings: await cardStrings(active.lang) };
}

/** Applies a progress change for a step of the active session, found by id in its guide. */
async function recordForStep(stepId, change) {
  const active = await store.read('session');
  if (!active) return null;
  const guide = await guides.localGuide(active);
  const index = guide.steps.findIndex((step) => step.id === stepId);
  return index < 0 ? null : updateProgress(active, (progress) => change(progress, index));
}

async function stepShown({ stepId, final }) {
  const progress = await recordForStep(stepId, (p, index) => recordShown(p, { index, final, now: new Date().toISOString() }));
  // The objection is sent: the guidance is over. The card stays on this page until it is left.
  if (progress && final) await session.stop({ notifyTabs: false });
  return progress;
}

const targetClicked = ({ stepId }) => recordForStep(stepId, (p, index) => recordClicked(p, { index }));

/** Everything the popup shows: each platform's flows with names, progress and the active session. */
async function state() {
  const { lang } = await store.settings();
  const data = await guides.bundled();
  const progress = await store.readObject('progress');
  const flows = data.files.map((file) => {
    const guide = localiseGuide(file, lang, data);
    const saved = progress[store.flowKey(file.platform, file.flow)] ?? emptyProgress();
    const platform = data.platforms.platforms.find((p) => p.id === file.platform);
    // The pages the card needs access to, so the popup can ask for them again if withdrawn.
    const origins = platformMatchPatterns({ platforms: [platform] });
    return { platform: file.platform, platformName: platform.name, origins, flow: file.flow, name: guide.name, formUrl: guide.formUrl, ...summarise(saved, guide.steps.length) };
  });
  return { lang, flows, session: (await store.read('session')) ?? null };
}

/** Starts (or resumes) a session and opens the page of the first step not done yet. */
async function startSession({ platform, flow }) {
  const { lang, server: serverAddress } = await store.settings();
  const key = store.flowKey(platform, flow);
  const all = await store.readObject('progress');
  // Starting again after the objection was sent begins from scratch.
  if (all[key]?.sentAt) await store.write('progress', { ...all, [key]: emptyProgress() });
  await session.start({ platform, flow, lang });
  const guide = await guides.localGuide({ platform, flow, lang });
  const progress = (await store.readObject('progress'))[key] ?? emptyProgress();
  const step = guide.steps[firstOpenStep(progress, guide.steps.length)];
  guides.refresh(serverAddress, { platform, flow, lang }).catch(() => {});
  await ext.tabs.create({ url: step.link ?? guide.formUrl });
  return state();
}

serve(ext, {
  [Message.stepForPage]: stepForPage,
  [Message.stepShown]: stepShown,
  [Message.targetClicked]: targetClicked,
  [Message.letterText]: () => store.read('letterText'),
  [Message.openLetter]: () => ext.tabs.create({ url: ext.runtime.getURL('letter.html') }).then(() => null),
  [Message.state]: state,
  [Message.startSession]: startSession,
  [Message.stopSession]: () => session.stop().then(state),
  [Message.forget]: async () => {
    await session.stop();
    await store.forgetEverything();
    return null;
  },
});

// The registration persists, but storage may have been cleared or changed while we were asleep.
session.syncContentScript().catch((error) => console.error('Oppose: content script registration', error));

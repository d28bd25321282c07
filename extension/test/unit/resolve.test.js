import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageAddress, normalisePath } from '../../src/engine/address.js';
import { resolveStep } from '../../src/engine/resolve.js';
import { readGuideJson, resolverData } from '../support/guides.js';

const table = readGuideJson('cases/resolution.json');
const data = resolverData('fr');

test('every "resolved" row of the shared table resolves to its step', () => {
  for (const row of table.resolved) {
    const answer = resolveStep({ url: row.url, flow: row.flow, platform: row.sessionPlatform }, data);
    const label = `${row.url} (${row.flow})`;
    assert.equal(answer.error, undefined, label);
    assert.equal(answer.platform, row.platform, label);
    assert.equal(answer.step.id, row.step, label);
    assert.equal(answer.matched, row.matched, label);
    assert.deepEqual(answer.candidates?.map((s) => s.id), row.candidates, label);
  }
});

test('every "rejected" row resolves to no step, naming its field', () => {
  for (const row of table.rejected) {
    const answer = resolveStep({ url: row.url }, data);
    assert.equal(answer.step, undefined, row.url);
    assert.equal(answer.error?.name, row.field, row.url);
  }
});

test('the answer has the API shape: index, total, language, form address', () => {
  const answer = resolveStep({ url: 'https://privacycenter.instagram.com/', flow: 'own-data' }, data);
  assert.equal(answer.index, 3);
  assert.equal(answer.total, 6);
  assert.equal(answer.lang, 'fr');
  assert.equal(answer.formUrl, 'https://help.instagram.com/contact/767264225370182');
  assert.equal(answer.step.title, 'Cliquez sur « vous opposer »');
  assert.equal(answer.step.texts, undefined);
});

test('unknown flow and platform are refused like the server does', () => {
  assert.deepEqual(resolveStep({ url: 'https://www.instagram.com/', flow: 'nope' }, data).error, { name: 'flow', status: 404 });
  assert.deepEqual(resolveStep({ url: 'https://www.instagram.com/', platform: 'tiktok' }, data).error, { name: 'platform', status: 404 });
});

test('only scheme, host and path of a page are ever sent', () => {
  assert.equal(pageAddress('https://www.instagram.com/jane.doe/?igsh=secret#x'), 'https://www.instagram.com/jane.doe/');
  assert.equal(pageAddress('https://user:pw@www.facebook.com:443/me?id=1'), 'https://www.facebook.com/me');
});

test('paths are normalised: repeated slashes collapse, a trailing slash goes except at the root', () => {
  assert.equal(normalisePath('//accounts//edit/'), '/accounts/edit');
  assert.equal(normalisePath('/'), '/');
  assert.equal(normalisePath('//'), '/');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { formParts } from '../../src/pages/letter-form.js';
import { emptyLetter, fill } from '../../src/pages/letter-model.js';
import { formTable, letterTexts } from '../support/letters.js';

const { document } = parseHTML('<!doctype html><html><body><form></form></body></html>');
globalThis.document = document;

const texts = letterTexts('fr');
const choices = {
  kinds: formTable.kinds.map((kind) => [kind.id, texts[kind.label]]),
  languages: [['en', 'English'], ['fr', 'Français']],
  services: [['instagram', 'Instagram'], ['facebook', 'Facebook']],
};

function render(table, kind, letter, extra = {}) {
  const form = document.querySelector('form');
  const text = (key, values) => fill({ ...texts, ...extra }[key] ?? `?${key}`, values);
  form.replaceChildren(...formParts({ table, kind, letter, text, choices, removeLabel: 'Retirer' }));
  return form;
}

test('every field of the table, named by its path, labelled with the letters\' texts', () => {
  const letter = emptyLetter(formTable, choices, 'fr', '2026-11-30');
  letter.items.push({ ...letter.items[0] });
  const form = render(formTable, 'third-party-data', letter);
  const names = [...form.querySelectorAll('[name]')].map((control) => control.getAttribute('name'));

  assert.deepEqual(names, ['kind', 'language', 'person.name', 'person.address', 'person.email',
    'accounts[0].service', 'accounts[0].identifier', 'items[0].location', 'items[0].description', 'items[0].prompt',
    'items[0].shownOn', 'items[1].location', 'items[1].description', 'items[1].prompt', 'items[1].shownOn',
    'grounds', 'place', 'date']);
  assert.equal(form.querySelector('label[for="person.name"]').textContent, `${texts['form.person.name.label']} (obligatoire)`);
  assert.equal(form.querySelector('label[for="items[1].location"]').textContent, texts['form.items.location.label'], 'a second row is not needed');
  assert.equal(form.querySelector('label[for="items[0].prompt"]').textContent, `${texts['form.items.prompt.label']} (facultatif)`);
  assert.equal(form.querySelector('[data-group="items"] fieldset legend').textContent, 'Donnée 1');
  assert.equal(form.querySelector('[name="items[0].prompt"]').tagName, 'TEXTAREA', 'the prompt is the same control everywhere');
  assert.equal(form.querySelector('[name="person.email"]').getAttribute('type'), 'email');
  assert.equal(form.querySelector('[name="grounds"]').getAttribute('aria-describedby'), 'grounds-hint grounds-guidance');
  assert.equal(form.querySelectorAll('#grounds-guidance li').length, 7, 'four questions and three examples');
  assert.deepEqual([...form.querySelectorAll('[name="kind"] option')].map((option) => option.textContent),
    [texts['form.kind.third-party-data'], texts['form.kind.own-data']]);
  assert.equal(form.querySelectorAll('[data-remove="items"]').length, 2, 'rows can be removed while there are several');
});

test('a field added to the table, and a field of one kind only, render from the table alone', () => {
  const table = structuredClone(formTable);
  table.fields.find((part) => part.key === 'items').fields.push({ key: 'source', type: 'text', required: false,
    maxLength: 80, fillsRow: true, control: { element: 'input' },
    texts: { label: 'form.items.source.label', hint: 'form.items.source.hint', name: 'field.items.source' } });
  table.fields.push({ key: 'reminder', type: 'date', required: true, maxLength: 40, kinds: ['own-data'],
    earliest: '2025-01-01', latest: { daysAfterToday: 31 }, control: { element: 'input', type: 'date' },
    texts: { label: 'form.reminder.label', name: 'field.reminder' } });
  const extra = { 'form.items.source.label': 'Qui l\'a publiée', 'form.items.source.hint': 'Un journal, un site…', 'form.reminder.label': 'Rappel' };
  const letter = emptyLetter(table, choices, 'fr', '2026-11-30');

  const thirdParty = render(table, 'third-party-data', letter, extra);
  assert.equal(thirdParty.querySelector('label[for="items[0].source"]').textContent, 'Qui l\'a publiée (facultatif)');
  assert.equal(thirdParty.querySelector('[name="items[0].source"]').getAttribute('aria-describedby'), 'items[0].source-hint');
  assert.equal(thirdParty.querySelector('[name="reminder"]'), null, 'not in this kind of letter');

  const ownData = render(table, 'own-data', letter, extra);
  assert.equal(ownData.querySelector('[name="reminder"]').getAttribute('type'), 'date');
  assert.equal(ownData.querySelector('label[for="accounts[0].identifier"]').textContent,
    `${texts['form.accounts.identifier.label']} (obligatoire)`, 'own-data letters need an account');
});

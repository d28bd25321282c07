import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyLetter, emptyRow, fieldProblems, fill, formFieldName, getPath, letterFromFields, requestBody, setPath } from '../../src/pages/letter-model.js';
import { formRowCases, formTable } from '../support/letters.js';

const choices = {
  kinds: [['third-party-data', 'x'], ['own-data', 'y']],
  languages: [['en', 'English'], ['fr', 'Français']],
  services: [['instagram', 'Instagram'], ['facebook', 'Facebook']],
};

test('field names are paths into the request body', () => {
  const letter = letterFromFields([
    ['person.email', 'marie@example.org'],
    ['items[0].location', 'https://example.org/a'],
    ['items[1].location', 'a forum'],
    ['accounts[0].service', 'instagram'],
  ]);
  assert.equal(getPath(letter, 'items[1].location'), 'a forum');
  assert.equal(letter.person.email, 'marie@example.org');
  assert.deepEqual(setPath({}, 'a[0].b', 1), { a: [{ b: 1 }] });
});

for (const sample of formRowCases.cases) {
  test(`the server's row rule (cases/form-rows.json): ${sample.name}`, () => {
    const letter = letterFromFields(sample.fields);
    assert.deepEqual(requestBody(formTable, letter), sample.letter);
    for (const [name, inForm] of Object.entries(sample.names)) assert.equal(formFieldName(formTable, name, letter), inForm, name);
  });
}

test('a new draft follows the table: one empty row per group, today\'s date, the first kind and service', () => {
  const letter = emptyLetter(formTable, choices, 'fr', '2026-11-30');
  assert.deepEqual(letter, {
    kind: 'third-party-data', language: 'fr', person: { name: '', address: '', email: '' },
    accounts: [{ service: 'instagram', identifier: '' }], items: [{ location: '', description: '', prompt: '', shownOn: '' }],
    grounds: '', place: '', date: '2026-11-30',
  });
  assert.deepEqual(requestBody(formTable, letter), { kind: 'third-party-data', language: 'fr', person: {}, accounts: [], items: [], date: '2026-11-30' },
    'an untouched draft sends no empty rows');
});

test('a field added to the table is sent, fills its row and is kept as typed when the table says so', () => {
  const table = structuredClone(formTable);
  const items = table.fields.find((part) => part.key === 'items');
  items.fields.push({ key: 'source', type: 'text', required: false, maxLength: 80, asTyped: true, fillsRow: true,
    control: { element: 'textarea' }, texts: { label: 'form.items.source.label', name: 'field.items.source' } });
  const letter = { ...emptyLetter(table, choices, 'en', '2026-11-30'), items: [emptyRow(items, choices), { ...emptyRow(items, choices), source: ' Le Monde ' }] };
  assert.equal(letter.items[0].source, '');
  assert.deepEqual(requestBody(table, letter).items, [{ source: ' Le Monde ' }]);
  assert.equal(formFieldName(table, 'items[0].source', letter), 'items[1].source');
});

test('problems are read from invalid-params', () => {
  const problem = { 'invalid-params': [{ name: 'person.email', reason: 'not an address' }, { reason: 'too long' }] };
  assert.deepEqual(fieldProblems(problem), [{ name: 'person.email', reason: 'not an address' }, { name: '', reason: 'too long' }]);
  assert.deepEqual(fieldProblems(null), []);
});

test('texts fill their gaps and leave unknown ones', () => {
  assert.equal(fill('Data item {number} of {count}', { number: 2 }), 'Data item 2 of {count}');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyLetter, fieldProblems, formFieldName, getPath, letterFromFields, requestBody, setPath } from '../../src/pages/letter-model.js';

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

test('the body leaves out blanks and empty rows, trims one-line fields and keeps the person\'s words as typed', () => {
  const letter = { ...emptyLetter('fr', '2026-11-30'), grounds: '  Ma sécurité\n  avant tout  ', place: ' Lyon ' };
  letter.items.push({ location: ' x ', description: ' ma photo ', prompt: '', shownOn: '' });
  assert.deepEqual(requestBody(letter), {
    kind: 'third-party-data', language: 'fr', grounds: '  Ma sécurité\n  avant tout  ', place: 'Lyon', date: '2026-11-30',
    person: {}, accounts: [], items: [{ location: 'x', description: ' ma photo ' }],
  });
});

test('problems of a row land on the form row it came from, though empty rows were left out', () => {
  const letter = emptyLetter('en', '2026-11-30');
  letter.items.push({ location: '', description: '', prompt: '', shownOn: '' }, { location: 'https://bad', description: '', prompt: '', shownOn: '' });
  letter.accounts = [{ service: 'instagram', identifier: '' }, { service: 'facebook', identifier: 'jane' }];
  assert.equal(formFieldName('items[0].location', letter), 'items[2].location');
  assert.equal(formFieldName('accounts[0].identifier', letter), 'accounts[1].identifier');
  assert.equal(formFieldName('person.email', letter), 'person.email');
  assert.equal(formFieldName('items[5].location', letter), 'items[5].location');
});

test('problems are read from invalid-params', () => {
  const problem = { 'invalid-params': [{ name: 'person.email', reason: 'not an address' }, { reason: 'too long' }] };
  assert.deepEqual(fieldProblems(problem), [{ name: 'person.email', reason: 'not an address' }, { name: '', reason: 'too long' }]);
  assert.deepEqual(fieldProblems(null), []);
});

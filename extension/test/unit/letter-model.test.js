import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyLetter, fieldProblems, getPath, letterFromFields, requestBody, setPath } from '../../src/pages/letter-model.js';

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

test('the body leaves out blanks and empty entries, and trims', () => {
  const letter = { ...emptyLetter('fr', '2026-11-30'), grounds: '  Ma sécurité  ' };
  letter.items.push({ location: 'x', description: '', prompt: '', shownOn: '' });
  assert.deepEqual(requestBody(letter), {
    kind: 'third-party-data', language: 'fr', grounds: 'Ma sécurité', date: '2026-11-30',
    person: {}, accounts: [], items: [{ location: 'x' }],
  });
});

test('problems are read from invalid-params', () => {
  const problem = { 'invalid-params': [{ name: 'person.email', reason: 'not an address' }, { reason: 'too long' }] };
  assert.deepEqual(fieldProblems(problem), [{ name: 'person.email', reason: 'not an address' }, { name: '', reason: 'too long' }]);
  assert.deepEqual(fieldProblems(null), []);
});

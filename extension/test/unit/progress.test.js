import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyProgress, recordShown, recordClicked, summarise, firstOpenStep } from '../../src/engine/progress.js';

test('reaching a step marks every earlier one done', () => {
  const progress = recordShown(emptyProgress(), { index: 3, final: false, now: 't' });
  assert.deepEqual(progress, { done: [0, 1, 2], sentAt: null });
  assert.deepEqual(summarise(progress, 6), { done: 3, total: 6, sentAt: null });
  assert.equal(firstOpenStep(progress, 6), 3);
});

test('going back does not undo progress', () => {
  const ahead = recordShown(emptyProgress(), { index: 4, final: false, now: 't' });
  assert.deepEqual(recordShown(ahead, { index: 0, final: false, now: 't' }).done, [0, 1, 2, 3]);
});

test('a click on a "click" step marks it done', () => {
  const progress = recordClicked(recordShown(emptyProgress(), { index: 3, final: false, now: 't' }), { index: 3 });
  assert.deepEqual(progress.done, [0, 1, 2, 3]);
  assert.equal(firstOpenStep(progress, 6), 4);
});

test('the final step records when the objection was sent, once', () => {
  const sent = recordShown(emptyProgress(), { index: 5, final: true, now: '2026-11-30T10:00:00Z' });
  assert.deepEqual(summarise(sent, 6), { done: 6, total: 6, sentAt: '2026-11-30T10:00:00Z' });
  assert.equal(recordShown(sent, { index: 5, final: true, now: 'later' }).sentAt, '2026-11-30T10:00:00Z');
  assert.equal(firstOpenStep(sent, 6), 5);
});

// Progress through one flow, as plain data kept in storage: the indices of the steps that are done
// and when the objection was sent. Pure functions; the background stores what they return.

export function emptyProgress() {
  return { done: [], sentAt: null };
}

function withDone(progress, indices) {
  const done = [...new Set([...progress.done, ...indices])].sort((a, b) => a - b);
  return { ...progress, done };
}

/**
 * The page now shows step `index`: every earlier step is behind the person (done on "next-step", or
 * not needed any more). The final step means the objection was sent.
 */
export function recordShown(progress, { index, final, now }) {
  const earlier = Array.from({ length: index }, (_, i) => i);
  const next = withDone(progress, final ? [...earlier, index] : earlier);
  return final && !next.sentAt ? { ...next, sentAt: now } : next;
}

/** The person clicked the target of a step that is done on "click". */
export function recordClicked(progress, { index }) {
  return withDone(progress, [index]);
}

/** What the popup shows: steps done out of the total, and when the objection was sent. */
export function summarise(progress, total) {
  return { done: Math.min(progress.done.length, total), total, sentAt: progress.sentAt };
}

/** Where a resumed session goes on: the first step that is not done. */
export function firstOpenStep(progress, total) {
  const index = Array.from({ length: total }, (_, i) => i).find((i) => !progress.done.includes(i));
  return index ?? total - 1;
}

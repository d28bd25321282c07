// Messages between the content script, the extension pages and the background.
export const Message = Object.freeze({
  stepForPage: 'step-for-page',
  stepShown: 'step-shown',
  targetClicked: 'target-clicked',
  letterText: 'letter-text',
  openLetter: 'open-letter',
  sessionEnded: 'session-ended',
  startSession: 'start-session',
  stopSession: 'stop-session',
  state: 'state',
  forget: 'forget',
});

/** Sends a message and resolves with the answer, or rejects with the error the background reported. */
export async function request(ext, message) {
  const answer = await ext.runtime.sendMessage(message);
  if (answer?.failure) throw new Error(answer.failure);
  return answer;
}

/** Serves runtime messages with an async handler per type (sendResponse works in every browser). */
export function serve(ext, handlers) {
  ext.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const handler = handlers[message?.type];
    if (!handler) return false;
    handler(message, sender).then(sendResponse, (error) => sendResponse({ failure: String(error?.message ?? error) }));
    return true;
  });
}

// The WebExtension API under the name each browser gives it (promise-based in both under MV3).
export const ext = globalThis.browser ?? globalThis.chrome;

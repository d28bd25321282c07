// The Oppose server's guide API (docs/api.md). Requests carry no cookies and, for a page, only its
// scheme, host and path; a server that cannot be reached is reported as Unreachable so the caller
// can fall back to the bundled guides.

const TIMEOUT_MS = 3000;

export class Unreachable extends Error {}

async function get(url, headers = {}) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json', ...headers }, credentials: 'omit', cache: 'no-store', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new Unreachable(`${url}: ${error.message}`);
  }
  if (response.status >= 500) throw new Unreachable(`${url}: HTTP ${response.status}`);
  return response;
}

/** GET /api/v1/steps/current: the answer, or {error: {name, status}} for a 4xx. */
export async function currentStep(server, { url, lang, flow, platform }) {
  const query = new URLSearchParams({ url, lang, flow, platform });
  const response = await get(`${server}/api/v1/steps/current?${query}`);
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    return { error: { name: problem['invalid-params']?.[0]?.name ?? null, status: response.status } };
  }
  return response.json();
}

/** GET /api/v1/guides/{platform}/{flow}: {guide, etag}, or null when unchanged (304) or refused. */
export async function guide(server, { platform, flow, lang }, etag) {
  const response = await get(`${server}/api/v1/guides/${encodeURIComponent(platform)}/${encodeURIComponent(flow)}?lang=${encodeURIComponent(lang)}`, etag ? { 'If-None-Match': etag } : {});
  if (response.status !== 200) return null;
  return { guide: await response.json(), etag: response.headers.get('ETag') };
}

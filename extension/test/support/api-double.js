// A stand-in for the Oppose server on loopback: the endpoints of docs/api.md the extension calls,
// answered from the same guide data. It records every request so tests can check what was sent.
// (The real server is exercised by the integration tests.)
import { createServer } from 'node:http';
import { resolveStep } from '../../src/engine/resolve.js';
import { platforms, resolverData } from './guides.js';

const problem = (status, title, invalid) => ({ type: 'about:blank', title, status, ...(invalid ? { 'invalid-params': invalid } : {}) });

function letterProblems(body) {
  const invalid = [];
  if (!body.person?.name) invalid.push({ name: 'person.name', reason: 'Enter your full name.' });
  if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(body.person?.email ?? '')) invalid.push({ name: 'person.email', reason: 'Enter a valid e-mail address, like name@example.org.' });
  (body.items ?? []).forEach((item, i) => {
    if (!item.location) invalid.push({ name: `items[${i}].location`, reason: 'Say where this data appears.' });
  });
  if (!body.grounds) invalid.push({ name: 'grounds', reason: 'Give your own reasons (Art. 21(1) GDPR).' });
  return invalid;
}

const letterText = (body) => `${body.person.name}\n${body.person.email}\n\nMeta Platforms Ireland Limited\n\nObjection (Art. 21 GDPR)\n\n${body.grounds}\n`;

function answer(request, body) {
  const url = new URL(request.url, 'http://api');
  const lang = url.searchParams.get('lang') ?? 'en';
  if (request.method === 'GET' && url.pathname === '/api/v1/steps/current') {
    const result = resolveStep({ url: url.searchParams.get('url'), flow: url.searchParams.get('flow') ?? undefined, platform: url.searchParams.get('platform') ?? undefined }, resolverData(lang));
    if (result.error) return [result.error.status, problem(result.error.status, 'Bad request', [{ name: result.error.name, reason: 'refused' }])];
    return [200, result];
  }
  const guidePath = /^\/api\/v1\/guides\/([^/]+)\/([^/]+)$/.exec(url.pathname);
  if (request.method === 'GET' && guidePath) {
    const guide = resolverData(lang).guideFor(guidePath[1], guidePath[2]);
    if (!guide) return [404, problem(404, 'Not found')];
    const etag = `"${guide.revision}-${lang}"`;
    if (request.headers['if-none-match'] === etag) return [304, null, { ETag: etag }];
    return [200, guide, { ETag: etag, 'Cache-Control': 'public, max-age=3600' }];
  }
  if (request.method === 'GET' && url.pathname === '/api/v1/platforms') return [200, platforms];
  if (request.method === 'POST' && url.pathname === '/api/v1/letters') {
    const letter = JSON.parse(body || '{}');
    const invalid = letterProblems(letter);
    if (invalid.length > 0) return [400, problem(400, 'Invalid letter', invalid)];
    if ((request.headers.accept ?? '').includes('text/plain')) return [200, letterText(letter), { 'Content-Type': 'text/plain; charset=utf-8' }];
    return [200, Buffer.from('%PDF-1.7\n% test double\n%%EOF\n'), { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="objection-third-party-data-2026-11-30.pdf"' }];
  }
  return [404, problem(404, 'Not found')];
}

function respond(response, [status, payload, headers = {}]) {
  const isJson = payload !== null && !Buffer.isBuffer(payload) && typeof payload !== 'string';
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  response.writeHead(status, { ...(isJson ? { 'Content-Type': type } : {}), ...headers });
  response.end(isJson ? JSON.stringify(payload) : payload ?? undefined);
}

/** {origin, requests, stop(), restart()}: stop() makes the server unreachable, restart() brings it back. */
export async function startApiDouble() {
  const requests = [];
  const sockets = new Set();
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', () => {
      requests.push({ method: request.method, url: new URL(request.url, 'http://api'), headers: request.headers, body });
      respond(response, answer(request, body));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    stop: () => new Promise((resolve) => {
      server.close(resolve);
      sockets.forEach((socket) => socket.destroy());
    }),
    restart: () => new Promise((resolve) => server.listen(port, '127.0.0.1', resolve)),
  };
}

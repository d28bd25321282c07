// Serves test/fixtures over HTTPS following routes.json, as a Java server will (see the README
// there). The certificate is self-signed, made with openssl for this run.
import { createServer } from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

export const routes = JSON.parse(readFileSync(join(FIXTURES, 'routes.json'), 'utf8')).routes;
export const fixtureHosts = [...new Set(routes.map((r) => r.host).filter((host) => host !== '*'))];

function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'oppose-cert-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=oppose-fixtures',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

function fileFor(host, path) {
  const route = routes.find((r) => (r.host === '*' || r.host === host) && new RegExp(`^(?:${r.path})$`).test(path));
  return route?.file;
}

/** Starts the server on a free loopback port: {port, close()}. */
export async function startFixtureServer() {
  const server = createServer(selfSignedCertificate(), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const file = fileFor(host, new URL(request.url, 'https://x').pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('no fixture');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)], 'Cache-Control': 'no-store' }).end(readFileSync(join(FIXTURES, file)));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.address().port, close: () => new Promise((resolve) => server.close(resolve)) };
}

// Serves test/fixtures over HTTPS following routes.json, as a Java server will (see the README
// there). The certificate is self-signed, made with openssl for this run. Beside it, a proxy that
// tunnels (HTTP CONNECT) the fixture hosts' port 443 to it: Firefox has no --host-resolver-rules,
// so it reaches the real host names through this proxy instead.
import { createServer } from 'node:https';
import { createServer as createHttpServer } from 'node:http';
import { connect } from 'node:net';
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

const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));

/** close() that does not wait for the browser's idle keep-alive connections and tunnels. */
function closable(server) {
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return () => new Promise((resolve) => {
    server.close(resolve);
    sockets.forEach((socket) => socket.destroy());
  });
}

/** A CONNECT proxy for the fixture hosts only: anything else is refused, as no such host exists here. */
function tunnelTo(port) {
  const proxy = createHttpServer((request, response) => response.writeHead(405).end());
  proxy.on('connect', (request, client, head) => {
    const [host, targetPort] = request.url.split(':');
    if (!fixtureHosts.includes(host.toLowerCase()) || targetPort !== '443') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    const drop = () => { upstream.destroy(); client.destroy(); };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  return proxy;
}

/** Starts the server and its proxy on free loopback ports: {port, proxyPort, close()}. */
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
  const closeServer = closable(server);
  const port = await listen(server);
  const proxy = tunnelTo(port);
  const closeProxy = closable(proxy);
  const proxyPort = await listen(proxy);
  return { port, proxyPort, close: () => Promise.all([closeProxy(), closeServer()]) };
}

// Builds the unpacked extension for each browser into target/<browser>/ and packs
// target/dist/oppose-<browser>.zip (env OPPOSE_BUILD_DIR: another folder than target). The server
// address is fixed here (env OPPOSE_SERVER, default http://localhost:8080); the guide data is
// copied from ../guides (the files guideDataPaths names: no flow or language is copied twice) and
// the letter form's field table from the letters library, never edited by hand; the letters' texts
// become one JSON file per language. The same sources give the same zip bytes on any machine
// (test/unit/reproducible.test.js).
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSERS, manifestFor } from './manifest.js';
import { ICON_SIZES, iconPng } from './icons.js';
import { guideDataPaths } from '../src/engine/guide-data.js';
import { parseProperties } from './properties.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const guides = join(root, '..', 'guides');
const letters = join(root, '..', 'letters', 'src', 'main', 'resources', 'eu', 'oppose', 'letters');
const target = resolve(root, process.env.OPPOSE_BUILD_DIR || 'target');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

const server = (process.env.OPPOSE_SERVER || 'http://localhost:8080').replace(/\/+$/, '');
const platforms = readJson(join(guides, 'platforms.json'));
const { version } = readJson(join(root, 'package.json'));
const source = readJson(join(root, 'manifest.json'));

const PAGES = ['popup', 'options', 'letter'];
const STATIC = [
  ...readdirSync(join(root, 'src/pages')).filter((name) => /\.(html|css)$/.test(name)).map((name) => [`src/pages/${name}`, name]),
  ['src/content/highlight.css', 'content.css'],
  ['_locales', '_locales'],
];

function copyGuides(out) {
  for (const path of guideDataPaths(platforms)) cpSync(join(guides, path), join(out, 'guides', path));
}

/** letters/form.json as it is, and letters/messages/<lang>.json from templates/<lang>/messages.properties. */
function copyLetterForm(out) {
  cpSync(join(letters, 'form.json'), join(out, 'letters', 'form.json'));
  mkdirSync(join(out, 'letters', 'messages'), { recursive: true });
  for (const lang of platforms.languages) {
    const messages = parseProperties(readFileSync(join(letters, 'templates', lang, 'messages.properties'), 'utf8'));
    writeFileSync(join(out, 'letters', 'messages', `${lang}.json`), `${JSON.stringify(messages, null, 2)}\n`);
  }
}

async function bundle(out) {
  const common = { bundle: true, outdir: out, target: ['chrome121', 'firefox140'], legalComments: 'none', logLevel: 'warning' };
  await build({ ...common, format: 'esm', entryPoints: { background: 'src/background/background.js', ...Object.fromEntries(PAGES.map((p) => [p, `src/pages/${p}.js`])) } });
  // Content scripts cannot be modules.
  await build({ ...common, format: 'iife', entryPoints: { content: 'src/content/content.js' } });
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// Zip entries carry a local date and time (DOS format): a fixed local time, not a fixed instant,
// writes the same bytes in every time zone.
const ZIP_TIME = new Date(2026, 0, 1);

function pack(dir, zipPath) {
  // Entries in code-point order of their '/' paths, whatever order the file system lists them in.
  const names = filesUnder(dir).map((file) => relative(dir, file).split(sep).join('/')).sort();
  const entries = Object.fromEntries(names.map((name) => [name, [readFileSync(join(dir, name)), { mtime: ZIP_TIME }]]));
  writeFileSync(zipPath, zipSync(entries, { level: 9 }));
}

process.chdir(root);
for (const dir of [...BROWSERS, 'dist']) rmSync(join(target, dir), { recursive: true, force: true });
mkdirSync(join(target, 'dist'), { recursive: true });
for (const browser of BROWSERS) {
  const out = join(target, browser);
  await bundle(out);
  for (const [from, to] of STATIC) cpSync(from, join(out, to), { recursive: true });
  copyGuides(out);
  copyLetterForm(out);
  mkdirSync(join(out, 'icons'));
  for (const size of ICON_SIZES) writeFileSync(join(out, 'icons', `${size}.png`), iconPng(size));
  writeFileSync(join(out, 'build.json'), `${JSON.stringify({ server }, null, 2)}\n`);
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifestFor(browser, { source, version, server, platforms }), null, 2)}\n`);
  pack(out, join(target, 'dist', `oppose-${browser}.zip`));
}
console.log(`Built ${BROWSERS.join(' and ')} for server ${server} into ${relative(process.cwd(), target)}/`);

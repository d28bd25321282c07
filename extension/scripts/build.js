// Builds the unpacked extension for each browser into target/<browser>/ and packs
// target/dist/oppose-<browser>.zip. The server address is fixed here (env OPPOSE_SERVER, default
// http://localhost:8080); the guide data is copied from ../guides and the letter form's field table from the
// letters library, never edited by hand; the letters' texts become one JSON file per language.
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSERS, manifestFor } from './manifest.js';
import { ICON_SIZES, iconPng } from './icons.js';
import { parseProperties } from './properties.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const guides = join(root, '..', 'guides');
const letters = join(root, '..', 'letters', 'src', 'main', 'resources', 'eu', 'oppose', 'letters');
const target = join(root, 'target');
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
  cpSync(join(guides, 'platforms.json'), join(out, 'guides', 'platforms.json'));
  for (const platform of platforms.platforms) {
    for (const flow of platform.flows) {
      cpSync(join(guides, platform.id, `${flow}.json`), join(out, 'guides', platform.id, `${flow}.json`));
    }
  }
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

function pack(dir, zipPath) {
  // A fixed date keeps the zip identical for identical inputs.
  const entries = Object.fromEntries(filesUnder(dir).sort().map((file) => [relative(dir, file), [readFileSync(file), { mtime: new Date('2026-01-01T00:00:00Z') }]]));
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

// The packages are reproducible: the same sources give the same zip bytes, whatever the time zone,
// the build folder or the order the file system lists files in. Two full builds, so stores and
// readers can check that a published package is made from this source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const root = fileURLToPath(new URL('../..', import.meta.url));

function buildIn(timeZone) {
  const dir = mkdtempSync(join(tmpdir(), 'oppose-build-'));
  const env = { ...process.env, TZ: timeZone, OPPOSE_BUILD_DIR: dir };
  delete env.OPPOSE_SERVER; // both with the default server
  execFileSync(process.execPath, ['scripts/build.js'], { cwd: root, env, stdio: 'ignore' });
  return dir;
}

const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

test('two builds in different time zones and folders give byte-identical packages', () => {
  const [first, second] = [buildIn('UTC'), buildIn('Pacific/Kiritimati')];
  try {
    for (const browser of ['chromium', 'firefox']) {
      const zip = (dir) => join(dir, 'dist', `oppose-${browser}.zip`);
      assert.equal(sha256(zip(first)), sha256(zip(second)), `oppose-${browser}.zip`);
      const names = Object.keys(unzipSync(readFileSync(zip(first))));
      assert.deepEqual(names, [...names].sort(), 'entries in a fixed order');
      assert.ok(names.includes('manifest.json') && names.every((name) => !name.includes('\\')));
    }
  } finally {
    rmSync(first, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  }
});

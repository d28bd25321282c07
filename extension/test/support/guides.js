// The guide data the tests use: read from the repository's guides/ (the single source of truth),
// the same files the build bundles.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hostTable } from '../../src/engine/address.js';
import { localiseGuide } from '../../src/engine/resolve.js';

export const GUIDES_DIR = fileURLToPath(new URL('../../../guides/', import.meta.url));

export const readGuideJson = (path) => JSON.parse(readFileSync(GUIDES_DIR + path, 'utf8'));

export const platforms = readGuideJson('platforms.json');

export const guideFiles = platforms.platforms.flatMap((platform) =>
  platform.flows.map((flow) => readGuideJson(`${platform.id}/${flow}.json`)),
);

/** Everything resolveStep needs, in one language. */
export function resolverData(lang = 'en') {
  const localised = guideFiles.map((file) => localiseGuide(file, lang, platforms.fallbackLanguage));
  return {
    hosts: hostTable(platforms),
    guideFor: (platform, flow) => localised.find((g) => g.platform === platform && g.flow === flow),
  };
}

// The guide data the tests use: read from the repository's guides/ (the single source of truth),
// the same files the build bundles.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hostTable } from '../../src/engine/address.js';
import { localiseGuide, readGuideData } from '../../src/engine/guide-data.js';

export const GUIDES_DIR = fileURLToPath(new URL('../../../guides/', import.meta.url));

export const readGuideJson = (path) => JSON.parse(readFileSync(GUIDES_DIR + path, 'utf8'));

/** {platforms, files, texts, words}, as the background reads them from the package. */
export const guideData = await readGuideData(readGuideJson);

export const { platforms } = guideData;

/** A flow localised as the server answers it. */
export const localisedGuide = (platform, flow, lang = 'en') =>
  localiseGuide(guideData.files.find((file) => file.platform === platform && file.flow === flow), lang, guideData);

/** Everything resolveStep needs, in one language. */
export function resolverData(lang = 'en') {
  const localised = guideData.files.map((file) => localiseGuide(file, lang, guideData));
  return {
    hosts: hostTable(platforms),
    guideFor: (platform, flow) => localised.find((g) => g.platform === platform && g.flow === flow),
  };
}

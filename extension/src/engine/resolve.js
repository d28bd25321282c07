// The step for a page, exactly as GET /api/v1/steps/current answers it (docs/api.md). The
// background uses it when the server cannot be reached; test/unit/resolve.test.js holds it to the
// shared table guides/cases/resolution.json that the server passes too.

import { canonicalPage } from './address.js';
import { wholeMatch } from './whole-match.js';

const DEFAULT_FLOW = 'own-data';

/**
 * Resolves {url, flow, platform} against guides. `guideFor(platform, flow)` gives a localised guide
 * or undefined. Answers {error: {name, status}} where the server would answer 400 or 404.
 */
export function resolveStep({ url, flow = DEFAULT_FLOW, platform }, { hosts, guideFor }) {
  const page = canonicalPage(url, hosts);
  if (!page) return { error: { name: 'url', status: 400 } };
  const platformId = platform ?? page.platform;
  if (!hosts.some((entry) => entry.platform === platformId)) return { error: { name: 'platform', status: 404 } };
  const guide = guideFor(platformId, flow);
  if (!guide) return { error: { name: 'flow', status: 404 } };

  const onPage = (step) => step.pages.some(({ host, path }) => host === page.host && wholeMatch(path, 'i').test(page.path));
  const furthestFirst = guide.steps.filter(onPage).reverse();
  const firstUnconditional = furthestFirst.findIndex((step) => !step.when);
  const candidates = firstUnconditional < 0 ? furthestFirst : furthestFirst.slice(0, firstUnconditional + 1);
  const step = candidates.at(-1) ?? guide.steps[0];
  return {
    platform: platformId,
    flow,
    lang: guide.lang,
    revision: guide.revision,
    matched: candidates.length > 0,
    index: guide.steps.indexOf(step),
    total: guide.steps.length,
    formUrl: guide.formUrl,
    step,
    ...(candidates[0]?.when ? { candidates } : {}),
  };
}

// The guide data (../guides/, see its README): which files the extension bundles, reading them, and
// localising a flow from them exactly as the server does (Guides, GuideTexts and Glossary in
// eu.oppose.guide.control): texts in one language, locators with Meta's words in every language.
// guides/cases/localisation.json holds both to the same rules.

const PLATFORM_GAP = '{platform}';
const LANGUAGE_FILES = ['texts', 'words'];

const flowPath = (platform, flow) => `${platform}/${flow}.json`;

/** Every file of the guide data the extension needs, below guides/: what the build bundles. */
export function guideDataPaths(platforms) {
  return [
    'platforms.json',
    ...platforms.platforms.flatMap((platform) => platform.flows.map((flow) => flowPath(platform.id, flow))),
    ...LANGUAGE_FILES.flatMap((kind) => platforms.languages.map((lang) => `${kind}/${lang}.json`)),
  ];
}

/**
 * {platforms, files, texts: {lang: texts file}, words: {lang: words file}}, read with
 * read(path below guides/), which answers the parsed JSON or a promise of it.
 */
export async function readGuideData(read) {
  const platforms = await read('platforms.json');
  const perLanguage = async (kind) =>
    Object.fromEntries(await Promise.all(platforms.languages.map(async (lang) => [lang, await read(`${kind}/${lang}.json`)])));
  const [files, texts, words] = await Promise.all([
    Promise.all(platforms.platforms.flatMap((platform) => platform.flows.map((flow) => read(flowPath(platform.id, flow))))),
    perLanguage('texts'),
    perLanguage('words'),
  ]);
  return { platforms, files, texts, words };
}

/**
 * The text at flows.<flow>.<keys…> of a texts file: a string serves every platform, an object holds
 * one string per platform id; {platform} becomes the platform's name. Undefined when missing.
 */
export function textFor(texts, platform, flow, ...keys) {
  let value = texts.flows?.[flow];
  for (const key of keys) value = value?.[key];
  if (value !== null && typeof value === 'object') value = value[platform.id];
  return typeof value === 'string' ? value.replaceAll(PLATFORM_GAP, platform.name) : undefined;
}

/** For each language with any, the words of the terms in order, each once: {lang: [word]}. */
export function termWords(terms, words) {
  const byLanguage = {};
  for (const [lang, glossary] of Object.entries(words)) {
    const found = [...new Set(terms.flatMap((term) => glossary.terms[term]?.words ?? []))];
    if (found.length > 0) byLanguage[lang] = found;
  }
  return byLanguage;
}

/** A guide file's locator (terms) as answers carry it (words). */
export function answerLocator({ name, text, ...locator }, words) {
  return {
    ...locator,
    ...(name ? { name: termWords(name, words) } : {}),
    ...(text ? { text: termWords(text, words) } : {}),
  };
}

/**
 * A guide file in the shape of GET /api/v1/guides/{platform}/{flow}, in lang if it is claimed,
 * else in platforms.json's fallbackLanguage.
 */
export function localiseGuide(file, lang, { platforms, texts, words }) {
  const language = platforms.languages.includes(lang) ? lang : platforms.fallbackLanguage;
  const platform = platforms.platforms.find(({ id }) => id === file.platform);
  const text = (...keys) => textFor(texts[language], platform, file.flow, ...keys);
  const locators = (list) => list.map((locator) => answerLocator(locator, words));
  return {
    platform: file.platform,
    flow: file.flow,
    lang: language,
    revision: file.revision,
    name: text('name'),
    summary: text('summary'),
    formUrl: file.formUrl,
    earlierFormUrls: file.earlierFormUrls ?? [],
    sources: file.sources,
    steps: file.steps.map(({ when, targets, ...step }) => ({
      ...step,
      ...(when ? { when: locators(when) } : {}),
      targets: locators(targets),
      title: text('steps', step.id, 'title'),
      instruction: text('steps', step.id, 'instruction'),
    })),
  };
}

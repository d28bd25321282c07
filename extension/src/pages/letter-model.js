// The letter as data: the draft kept in storage and the JSON body of POST /api/v1/letters. Form
// fields are named by their path in that body ("person.email", "items[1].location"), the same
// names the server uses in invalid-params, so errors land next to their field.

/** Sets a value at a path such as "items[1].location", creating objects and arrays on the way. */
export function setPath(target, path, value) {
  const keys = path.match(/[^.[\]]+/g).map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  let node = target;
  keys.slice(0, -1).forEach((key, i) => {
    node[key] ??= typeof keys[i + 1] === 'number' ? [] : {};
    node = node[key];
  });
  node[keys.at(-1)] = value;
  return target;
}

/** Reads a value at such a path, or undefined. */
export function getPath(source, path) {
  return path.match(/[^.[\]]+/g).reduce((node, key) => node?.[key], source);
}

export const emptyAccount = () => ({ service: 'instagram', identifier: '' });
export const emptyItem = () => ({ location: '', description: '', prompt: '', shownOn: '' });

export function emptyLetter(language, today) {
  return {
    kind: 'third-party-data',
    language,
    person: { name: '', address: '', email: '' },
    accounts: [emptyAccount()],
    items: [emptyItem()],
    grounds: '',
    place: '',
    date: today,
  };
}

/** The draft from [name, value] pairs of the form, in form order. */
export function letterFromFields(fields) {
  const letter = { accounts: [], items: [] };
  for (const [name, value] of fields) setPath(letter, name, value);
  return letter;
}

const trimmed = (value) => (typeof value === 'string' ? value.trim() : value);

/** The request body: blank optional texts left out, so the server names what is really missing. */
export function requestBody(letter) {
  const compact = (object) => Object.fromEntries(Object.entries(object).map(([k, v]) => [k, trimmed(v)]).filter(([, v]) => v !== ''));
  return {
    ...compact({ kind: letter.kind, language: letter.language, grounds: letter.grounds, place: letter.place, date: letter.date }),
    person: compact(letter.person),
    accounts: letter.accounts.map(compact).filter((account) => account.identifier),
    items: letter.items.map(compact).filter((item) => Object.keys(item).length > 0),
  };
}

/** invalid-params of an application/problem+json answer as [{name, reason}]. */
export function fieldProblems(problem) {
  return (problem?.['invalid-params'] ?? []).map(({ name, reason }) => ({ name: name ?? '', reason: reason ?? '' }));
}

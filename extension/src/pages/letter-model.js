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

/** The person's own words go into the letter exactly as typed; only one-line fields are trimmed. */
const AS_TYPED = new Set(['grounds', 'address', 'description', 'prompt']);
const isBlank = (value) => typeof value !== 'string' || value.trim() === '';
const compact = (object) => Object.fromEntries(Object.entries(object)
  .filter(([, value]) => !isBlank(value))
  .map(([key, value]) => [key, AS_TYPED.has(key) ? value : value.trim()]));

/** Rows the body keeps: an account needs its name, an item anything typed. */
const KEPT = {
  accounts: (account) => !isBlank(account.identifier),
  items: (item) => Object.values(item).some((value) => !isBlank(value)),
};
const keptRows = (letter, group) => letter[group].flatMap((row, index) => (KEPT[group](row) ? [index] : []));

/** The request body: blank optional texts and empty rows left out, so the server names what is really missing. */
export function requestBody(letter) {
  return {
    ...compact({ kind: letter.kind, language: letter.language, grounds: letter.grounds, place: letter.place, date: letter.date }),
    person: compact(letter.person),
    accounts: keptRows(letter, 'accounts').map((row) => compact(letter.accounts[row])),
    items: keptRows(letter, 'items').map((row) => compact(letter.items[row])),
  };
}

/**
 * A problem's field as the form names it: the body leaves out empty rows, so the server's items[0] may
 * be the form's items[2].
 */
export function formFieldName(name, letter) {
  const row = /^(accounts|items)\[(\d+)\]/.exec(name);
  const formRow = row && keptRows(letter, row[1])[Number(row[2])];
  return formRow === undefined || formRow === null ? name : `${row[1]}[${formRow}]${name.slice(row[0].length)}`;
}

/** invalid-params of an application/problem+json answer as [{name, reason}]. */
export function fieldProblems(problem) {
  return (problem?.['invalid-params'] ?? []).map(({ name, reason }) => ({ name: name ?? '', reason: reason ?? '' }));
}

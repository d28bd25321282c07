// The letter as data, following the letters library's field table (letters/form.json, bundled by the
// build): the draft kept in storage and the JSON body of POST /api/v1/letters. Form fields are named by
// their path in that body ("person.email", "items[1].location"), the same names the server uses in
// invalid-params, so errors land next to their field. The row rule is the server's too: both run
// letters/src/test/resources/cases/form-rows.json.

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

/** A group's row as form fields and problems name it: items[2]. */
const ROW = /^([A-Za-z]\w*)\[(\d{1,9})\]/;

// What Java's String.strip and isBlank count as blank (Character.isWhitespace): a no-break space is text.
const BLANK = '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000]';
const SURROUNDING_BLANKS = new RegExp(`^${BLANK}+|${BLANK}+$`, 'g');
const ONLY_BLANKS = new RegExp(`^${BLANK}*$`);
const isBlank = (value) => typeof value !== 'string' || ONLY_BLANKS.test(value);
export const strip = (value) => value.replace(SURROUNDING_BLANKS, '');

/** The table's parts that a kind of letter uses. */
export const partsOf = (table, kind) =>
  table.fields.filter((part) => !part.kinds || kind === undefined || part.kinds.includes(kind));

export const rowGroups = (table) => table.fields.filter((part) => part.type === 'rows');

/** A new row: empty texts, and each choice on its first value (choices: {source: [[value, label], …]}). */
export function emptyRow(group, choices) {
  return Object.fromEntries(group.fields.map((field) => [field.key, field.choices ? choices[field.choices][0][0] : '']));
}

/** A new draft: one empty row per group, the letter's date today, the kind the first of the table's. */
export function emptyLetter(table, choices, language, today) {
  const letter = {};
  for (const part of table.fields) {
    if (part.type === 'object') letter[part.key] = Object.fromEntries(part.fields.map((field) => [field.key, '']));
    else if (part.type === 'rows') letter[part.key] = [emptyRow(part, choices)];
    else letter[part.key] = part.choices === 'languages' ? language : part.choices ? choices[part.choices][0][0]
      : part.default === 'today' ? today : '';
  }
  return letter;
}

/** The draft from [name, value] pairs of the form, in form order. */
export function letterFromFields(fields) {
  const letter = {};
  for (const [name, value] of fields) setPath(letter, name, value);
  return letter;
}

/** A field's value for the body: left out when blank, trimmed unless the person's own words are kept as typed. */
function put(target, field, value) {
  if (!isBlank(value)) target[field.key] = field.asTyped ? value : strip(value);
}

/** The form row numbers of a group's rows with text in a field that fills rows. */
export function keptRows(table, letter, group) {
  const fields = table.fields.find((part) => part.key === group).fields.filter((field) => field.fillsRow);
  return (letter[group] ?? []).flatMap((row, index) => (row && fields.some((field) => !isBlank(row[field.key])) ? [index] : []));
}

/** The request body: blank values and empty rows left out, every object and row group there if empty. */
export function requestBody(table, letter) {
  const body = {};
  for (const part of table.fields) {
    if (part.type === 'object') {
      body[part.key] = {};
      for (const field of part.fields) put(body[part.key], field, letter[part.key]?.[field.key]);
    } else if (part.type === 'rows') {
      body[part.key] = keptRows(table, letter, part.key).map((index) => {
        const row = {};
        for (const field of part.fields) put(row, field, letter[part.key][index][field.key]);
        return row;
      });
    } else {
      put(body, part, letter[part.key]);
    }
  }
  return body;
}

/**
 * A problem's field as the form names it: the body leaves out empty rows, so the server's items[0] may
 * be the form's items[2].
 */
export function formFieldName(table, name, letter) {
  const row = ROW.exec(name);
  if (!row || !rowGroups(table).some((group) => group.key === row[1])) return name;
  const formRow = keptRows(table, letter, row[1])[Number(row[2])];
  return formRow === undefined ? name : `${row[1]}[${formRow}]${name.slice(row[0].length)}`;
}

/** invalid-params of an application/problem+json answer as [{name, reason}]. */
export function fieldProblems(problem) {
  return (problem?.['invalid-params'] ?? []).map(({ name, reason }) => ({ name: name ?? '', reason: reason ?? '' }));
}

/** A text with {gaps} filled; a gap without a value stays as written. */
export function fill(text, values = {}) {
  return text.replace(/\{(\w+)\}/g, (gap, name) => (name in values ? String(values[name]) : gap));
}

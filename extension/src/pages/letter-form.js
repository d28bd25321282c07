// The letter page's controls, made from the letters library's field table: every field named and
// identified by its JSON path, labelled with the same texts as the web page's form. Values are set
// afterwards, from the draft.
import { element } from '../shared/dom.js';
import { fill, partsOf } from './letter-model.js';

/**
 * @param {object} form   {table, kind, letter, text(key, values), choices: {source: [[value, label], …]}, removeLabel}
 * @returns {Node[]} the form's parts in the table's order
 */
export function formParts(form) {
  return partsOf(form.table, form.kind).map((part) => {
    if (part.type === 'object') {
      const set = element('fieldset');
      set.append(element('legend', {}, form.text(part.texts.label)), ...fieldsOf(form, part.fields, part.key, true));
      return set;
    }
    return part.type === 'rows' ? group(form, part) : field(form, part, part.key, true);
  });
}

function fieldsOf(form, fields, prefix, needed) {
  return fields.filter((spec) => !spec.kinds || spec.kinds.includes(form.kind))
    .map((spec) => field(form, spec, `${prefix}.${spec.key}`, needed));
}

/** "required" where the letter needs the value, "optional" where it never does; choices need no mark. */
function marker(form, spec, needed) {
  if (spec.choices) return '';
  if (!spec.required) return ` (${form.text('form.optional')})`;
  return needed ? ` (${form.text('form.required')})` : '';
}

function field(form, spec, name, needed) {
  const wrapper = element('div', { class: 'field' });
  if (spec.texts.guidance) wrapper.append(guidance(form, spec.texts.guidance, name));
  wrapper.append(element('label', { for: name }, form.text(spec.texts.label) + marker(form, spec, needed)));
  const described = [];
  if (spec.texts.hint) {
    wrapper.append(element('p', { class: 'muted', id: `${name}-hint` }, form.text(spec.texts.hint)));
    described.push(`${name}-hint`);
  }
  if (spec.texts.guidance) described.push(`${name}-guidance`);
  const { element: tag, type, rows, autocomplete } = spec.control;
  const control = element(tag, {
    id: name, name,
    ...(tag === 'input' ? { type: type ?? 'text' } : {}),
    ...(rows ? { rows: String(rows) } : {}),
    ...(autocomplete ? { autocomplete } : {}),
    ...(described.length ? { 'aria-describedby': described.join(' ') } : {}),
  });
  for (const [value, label] of spec.choices ? form.choices[spec.choices] : []) {
    control.append(element('option', { value }, label));
  }
  wrapper.append(control);
  return wrapper;
}

function guidance(form, texts, name) {
  const box = element('div', { class: 'muted guidance', id: `${name}-guidance` });
  box.append(element('p', {}, form.text(texts.questions)));
  const questions = box.appendChild(element('ul', { class: 'prompts' }));
  texts.questionList.forEach((key) => questions.append(element('li', {}, form.text(key))));
  const examples = box.appendChild(element('details'));
  examples.append(element('summary', {}, form.text(texts.examples)));
  const list = examples.appendChild(element('ul', { class: 'prompts' }));
  texts.exampleList.forEach((key) => list.append(element('li', {}, form.text(key))));
  return box;
}

/** A row group: its heading, one fieldset per row of the draft (removable while there are several), an add button. */
function group(form, spec) {
  const min = form.table.kinds.find((kind) => kind.id === form.kind)?.minRows?.[spec.key] ?? 0;
  const section = element('section', { class: 'group', 'data-group': spec.key });
  section.append(element('h2', {}, form.text(spec.texts.label) + (min ? '' : ` (${form.text('form.optional')})`)));
  if (spec.texts.hint) section.append(element('p', { class: 'muted' }, form.text(spec.texts.hint)));
  const rows = form.letter[spec.key] ?? [];
  rows.forEach((_, index) => {
    const set = section.appendChild(element('fieldset'));
    set.append(element('legend', {}, fill(form.text(spec.texts.entry), { number: index + 1 })),
      ...fieldsOf(form, spec.fields, `${spec.key}[${index}]`, index < min));
    if (rows.length > 1) {
      set.append(element('button', { type: 'button', 'data-remove': spec.key, 'data-index': String(index) }, form.removeLabel));
    }
  });
  const add = section.appendChild(element('button', { type: 'button', 'data-add': spec.key }, form.text(spec.texts.add)));
  add.hidden = rows.length >= spec.maxRows;
  return section;
}

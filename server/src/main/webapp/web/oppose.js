// The letter form, improved when JavaScript runs: more rows on demand, errors shown in place from the API's
// problem+json answer, the PDF downloaded without leaving the page, the text copied to the clipboard.
// Without this script the form still works: the browser posts it and the server answers with the PDF or the page.
'use strict';

(() => {
  const form = document.getElementById('letter-form');
  if (!form) {
    return;
  }
  const summary = document.getElementById('letter-errors');
  const status = document.getElementById('letter-status');
  const output = form.querySelector('.text-output');
  const textArea = document.getElementById('letter-text');

  // Drops the errors, and every description that pointed at one, whether the server or this script put them there.
  const withoutErrors = (element) => {
    const described = (element.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && !id.endsWith('-error'));
    if (described.length) {
      element.setAttribute('aria-describedby', described.join(' '));
    } else {
      element.removeAttribute('aria-describedby');
    }
    element.removeAttribute('aria-invalid');
  };

  form.querySelectorAll('[data-add-row], [data-copy-text]').forEach((button) => { button.hidden = false; });
  form.querySelector('[data-show-text]').hidden = true;

  // A new row is the server's template of one, its {row} placeholders set to the row's index.
  form.querySelectorAll('[data-add-row]').forEach((button) => {
    const group = button.closest('fieldset');
    const max = Number(group.dataset.max);
    const template = group.querySelector('template[data-new-row]');
    button.addEventListener('click', () => {
      const rows = group.querySelectorAll('fieldset.row');
      const next = rows.length;
      const row = template.content.firstElementChild.cloneNode(true);
      row.querySelector('.number').textContent = String(next + 1);
      row.querySelectorAll('[id], [for], [name], [aria-describedby]').forEach((element) => {
        for (const attribute of ['id', 'for', 'name', 'aria-describedby']) {
          if (element.hasAttribute(attribute)) {
            element.setAttribute(attribute, element.getAttribute(attribute).replaceAll('{row}', String(next)));
          }
        }
      });
      rows[rows.length - 1].after(row);
      row.querySelector('input, select, textarea').focus();
      button.hidden = next + 1 >= max;
    });
  });

  const clearErrors = () => {
    form.querySelectorAll('.error').forEach((error) => error.remove());
    form.querySelectorAll('.invalid').forEach((field) => field.classList.remove('invalid'));
    form.querySelectorAll('[aria-describedby], [aria-invalid]').forEach(withoutErrors);
    summary.querySelector('ul').replaceChildren();
    summary.hidden = true;
  };

  const errorText = (id, message) => {
    const error = document.createElement('p');
    error.className = 'error';
    error.id = id;
    error.textContent = message;
    return error;
  };

  // Each problem goes next to its field (found by its name) or its group of rows, and into the summary, linked to it.
  const showErrors = (problems) => {
    clearErrors();
    for (const problem of problems) {
      const field = problem.name ? form.elements.namedItem(problem.name) : null;
      const group = problem.name && !field ? form.querySelector(`fieldset[data-group="${CSS.escape(problem.name)}"]`) : null;
      let target = 'letter-form';
      if (field && field.matches('input, select, textarea')) {
        const id = field.id + '-error';
        field.closest('.field').classList.add('invalid');
        field.before(errorText(id, problem.reason));
        field.setAttribute('aria-invalid', 'true');
        field.setAttribute('aria-describedby', ((field.getAttribute('aria-describedby') || '') + ' ' + id).trim());
        target = field.id;
      } else if (group) {
        const id = group.id + '-error';
        (group.querySelector(':scope > .hint') || group.querySelector(':scope > legend')).after(errorText(id, problem.reason));
        group.setAttribute('aria-describedby', ((group.getAttribute('aria-describedby') || '') + ' ' + id).trim());
        target = group.querySelector('input, select, textarea').id;
      }
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = '#' + target;
      link.textContent = problem.reason;
      item.append(link);
      summary.querySelector('ul').append(item);
    }
    summary.hidden = false;
    summary.focus();
  };

  const say = (message) => { status.textContent = message; };

  // The form's fields as the server reads them; format=text asks for the letter as plain text.
  const post = (asText) => {
    const body = new URLSearchParams(new FormData(form));
    body.delete('format');
    if (asText) {
      body.set('format', 'text');
    }
    return fetch(form.action, {
      method: 'POST',
      body,
      headers: { Accept: asText ? 'text/plain' : 'application/pdf' },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  };

  // Answers other than the letter: the problems of a 400 (or 413) in place, anything else as a short notice.
  const refused = async (response) => {
    const type = response.headers.get('Content-Type') || '';
    if (type.startsWith('application/problem+json')) {
      const problem = await response.json();
      if (response.status < 500) {
        showErrors(problem['invalid-params'] || [{ name: '', reason: problem.detail }]);
        say('');
        return;
      }
    }
    say(form.dataset.failed);
  };

  const fileName = (response) => {
    const match = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '');
    return match ? match[1] : 'objection.pdf';
  };

  let busy = false;
  const run = async (asText, onLetter) => {
    if (busy) {
      return;
    }
    busy = true;
    say('');
    try {
      const response = await post(asText);
      if (response.ok) {
        clearErrors();
        await onLetter(response);
      } else {
        await refused(response);
      }
    } catch {
      say(form.dataset.failed);
    } finally {
      busy = false;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(false, async (response) => {
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName(response);
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      say(form.dataset.downloading);
    });
  });

  // The text is also shown, so it can be copied by hand where the clipboard is not available.
  form.querySelector('[data-copy-text]').addEventListener('click', () => {
    run(true, async (response) => {
      const text = await response.text();
      textArea.value = text;
      output.hidden = false;
      try {
        await navigator.clipboard.writeText(text);
        say(form.dataset.copied);
      } catch {
        textArea.focus();
        textArea.select();
        say(form.dataset.copyFailed);
      }
    });
  });
})();

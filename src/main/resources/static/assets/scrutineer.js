// Progressive enhancement only: every page works without it.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// A field whose form says when to hide it (form-js "conditional.hide": "=accepted", "=decision != \"RETURNED\"")
// is hidden while that holds. The server applies the same rule when it checks the form.
function hidden(rule, form) {
  const m = rule.match(/^=\s*(\w+)\s*(?:(!=|=)\s*"([^"]*)")?\s*$/);
  if (!m) return false;
  const inputs = form.querySelectorAll('[name="' + m[1] + '"]');
  let value = null;
  inputs.forEach(input => {
    if (input.type === 'checkbox') value = input.checked;
    else if (input.type === 'radio') { if (input.checked) value = input.value; }
    else value = input.value;
  });
  // a field that waits on a yes or no waits until one is chosen, as the server reads it
  if (!m[2]) return value === null || value === true || value === 'true';
  return m[2] === '!=' ? value !== m[3] : value === m[3];
}

document.querySelectorAll('form[data-task-form]').forEach(form => {
  const update = () => form.querySelectorAll('[data-hide-when]').forEach(field => {
    field.hidden = hidden(field.dataset.hideWhen, form);
  });
  form.addEventListener('change', update);
  update();
});

// A date typed already past says so as it is typed, as the page says of one it opens with (the server's hint).
document.querySelectorAll('form[data-today] input[data-date]').forEach(input => {
  const hint = document.getElementById(input.id + '-hint');
  if (!hint || !/^(For example|This date has passed)/.test(hint.textContent)) return; // a field's own hint stays
  const today = input.form.dataset.today;
  const inWords = new Date(today + 'T12:00:00Z').toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const check = () => {
    const m = input.value.trim().match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
    const typed = m ? m[3] + '-' + m[2].padStart(2, '0') + '-' + m[1].padStart(2, '0') : null;
    hint.textContent = (typed && typed < today ? 'This date has passed: today is ' + inWords + '. ' : '')
      + 'For example, 31/03/2027';
  };
  input.addEventListener('input', check);
});

// A long review (a SIF report reads as 169 findings, most of them context) can show only the findings that call for
// action or are not yet placed. Rows only hide: every finding is still sent with the form.
const ACTING = ['area_for_development', 'priority_action', 'recommendation', 'unclassified'];
document.querySelectorAll('table.scrutineer-rows').forEach((table, n) => {
  const sections = table.querySelectorAll('select[name$=".section"]');
  if (sections.length < 20) return;
  const box = document.createElement('div');
  box.className = 'govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4';
  box.innerHTML = '<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" type="checkbox">'
    + '<label class="govuk-label govuk-checkboxes__label"></label></div>';
  const input = box.querySelector('input');
  const label = box.querySelector('label');
  input.id = 'only-acting-' + n;
  label.htmlFor = input.id;
  const apply = () => {
    const acting = [...sections].filter(s => ACTING.includes(s.value)).length;
    label.textContent = 'Show only the findings that call for action or are not placed (' + acting + ' of '
      + sections.length + ')';
    sections.forEach(s => {
      const row = s.closest('tr');
      row.hidden = input.checked && !ACTING.includes(s.value) && !row.classList.contains('scrutineer-row--error');
    });
  };
  input.addEventListener('change', apply);
  table.addEventListener('change', apply);
  (table.closest('.scrutineer-table-scroll') || table).before(box);
  apply();
});

// Drag and drop a letter onto the upload box.
document.querySelectorAll('[data-drop]').forEach(box => {
  const input = box.querySelector('input[type=file]');
  ['dragenter', 'dragover'].forEach(e => box.addEventListener(e, ev => { ev.preventDefault(); box.classList.add('scrutineer-drop--over'); }));
  ['dragleave', 'drop'].forEach(e => box.addEventListener(e, ev => { ev.preventDefault(); box.classList.remove('scrutineer-drop--over'); }));
  box.addEventListener('drop', ev => {
    if (ev.dataTransfer.files.length) {
      input.files = ev.dataTransfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
});

// A file larger than the server takes is refused here, beside its field, before it is sent; the server refuses it too.
document.querySelectorAll('input[type=file][data-max-bytes]').forEach(input => {
  const message = document.getElementById(input.id + '-too-large');
  const group = input.closest('.govuk-form-group');
  const describedBy = input.getAttribute('aria-describedby') || '';
  const fits = () => {
    const tooLarge = Array.from(input.files).some(file => file.size > Number(input.dataset.maxBytes));
    message.hidden = !tooLarge;
    group.classList.toggle('govuk-form-group--error', group.querySelector('.govuk-error-message:not([hidden])') !== null);
    input.classList.toggle('govuk-file-upload--error', tooLarge);
    input.setAttribute('aria-describedby', tooLarge ? describedBy + ' ' + message.id : describedBy);
    return !tooLarge;
  };
  input.addEventListener('change', fits);
  input.form.addEventListener('submit', ev => {
    if (!fits()) {
      ev.preventDefault();
      input.focus();
    }
  });
});

// A table's scrolling region (scrutineer.css) keeps the keyboard's focus only while its table is wider than it: on a
// desktop, where the whole table shows, a stop on it would be one press of Tab for nothing. Without this script every
// region stays focusable.
const scrollRegions = new ResizeObserver(entries => entries.forEach(({ target: region }) => {
  if (region.scrollWidth > region.clientWidth) {
    region.tabIndex = 0;
  } else if (region !== document.activeElement) {
    region.removeAttribute('tabindex');
  }
}));
document.querySelectorAll('.scrutineer-table-scroll').forEach(region => scrollRegions.observe(region));

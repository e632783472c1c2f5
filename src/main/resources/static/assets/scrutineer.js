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

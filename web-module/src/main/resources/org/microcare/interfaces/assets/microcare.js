// Turns on GOV.UK Frontend's JavaScript enhancements. An external module, so the
// Content-Security-Policy needs no inline script.
import { initAll } from '/assets/govuk-frontend.min.js';

document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported');
}
initAll();

// Buttons that print the page (directory profiles and shortlists); hidden by CSS until this has run.
document.querySelectorAll('[data-mc-print]').forEach((button) => {
  button.addEventListener('click', () => window.print());
});

// GOV.UK Frontend's components style themselves by these classes; set before the page is drawn, so nothing jumps.
// A file rather than an inline script: the pages' Content-Security-Policy runs no inline script at all.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');

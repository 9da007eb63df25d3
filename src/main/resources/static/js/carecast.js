// Carecast page behaviour. Loaded as a file because the Content-Security-Policy forbids inline
// script. Everything here is an enhancement: every form works without JavaScript.
(function () {
  'use strict';

  // Destructive actions ask first. The form carries its question in data-confirm.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // htmx requests that change state carry the CSRF token taken from any form on the page.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('input[name="_csrf"]');
    if (token) {
      event.detail.headers['X-CSRF-TOKEN'] = token.value;
    }
  });
})();

// "Use this reply": copies a suggested reply into the reply box (the textarea whose id the
// button names in data-reply-target) and moves the focus there, so a keyboard user goes on
// editing. Loaded as a file because the Content-Security-Policy forbids inline script.
(function () {
  'use strict';

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button.use-reply');
    if (!button) {
      return;
    }
    var source = document.getElementById(button.getAttribute('data-reply-source'));
    var target = document.getElementById(button.getAttribute('data-reply-target'));
    if (!source || !target) {
      return;
    }
    target.value = source.textContent;
    target.dispatchEvent(new Event('input', { bubbles: true }));
    target.focus();
  });
})();

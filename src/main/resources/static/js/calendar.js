// Calendar drag and drop. Loaded as a file because the Content-Security-Policy forbids inline
// script. Dropping a post on a day fills in that day in the post's own "Move" form and submits
// it, so dragging and the keyboard path go through exactly the same request and rules.
(function () {
  'use strict';

  var dragged = null;

  function dayOf(target) {
    return target && target.closest ? target.closest('td.day[data-date]') : null;
  }

  document.addEventListener('dragstart', function (event) {
    var entry = event.target.closest && event.target.closest('.entry[data-move-form]');
    if (!entry) {
      return;
    }
    dragged = entry.getAttribute('data-move-form');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', dragged);
    entry.classList.add('dragging');
  });

  document.addEventListener('dragend', function (event) {
    if (event.target.classList) {
      event.target.classList.remove('dragging');
    }
    document.querySelectorAll('td.day.drop-target').forEach(function (day) {
      day.classList.remove('drop-target');
    });
    dragged = null;
  });

  document.addEventListener('dragover', function (event) {
    var day = dayOf(event.target);
    if (day && dragged) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      day.classList.add('drop-target');
    }
  });

  document.addEventListener('dragleave', function (event) {
    var day = dayOf(event.target);
    if (day && !day.contains(event.relatedTarget)) {
      day.classList.remove('drop-target');
    }
  });

  document.addEventListener('drop', function (event) {
    var day = dayOf(event.target);
    var formId = dragged || event.dataTransfer.getData('text/plain');
    var form = formId ? document.getElementById(formId) : null;
    if (!day || !form) {
      return;
    }
    event.preventDefault();
    day.classList.remove('drop-target');
    form.querySelector('input[name="date"]').value = day.getAttribute('data-date');
    // requestSubmit runs htmx's handler (and the browser's validation) like a click would.
    if (form.requestSubmit) {
      form.requestSubmit();
    } else {
      form.submit();
    }
  });
})();

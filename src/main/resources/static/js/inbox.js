// Live notices on the inbox list: counts new items and raises an alert for a crisis. The stream
// carries ids and label codes only, never what anybody wrote. Without JavaScript the list still
// works; it just needs a refresh.
(function () {
  'use strict';
  var live = document.getElementById('inbox-live');
  var alertBox = document.getElementById('inbox-alert');
  if (!live || !window.EventSource) {
    return;
  }
  var fresh = 0;
  var crises = 0;
  var source = new EventSource(live.getAttribute('data-events-url'));
  function refreshLink(text) {
    var link = document.createElement('a');
    link.href = window.location.pathname + window.location.search;
    link.textContent = text;
    return link;
  }
  source.addEventListener('inbox', function (event) {
    var notice = JSON.parse(event.data);
    fresh += 1;
    live.textContent = '';
    live.appendChild(refreshLink(fresh + (fresh === 1 ? ' new item' : ' new items') + ' — refresh'));
    if (notice.crisis) {
      crises += 1;
      alertBox.hidden = false;
      alertBox.textContent = '';
      var strong = document.createElement('strong');
      strong.textContent = 'Crisis: ' + crises + (crises === 1 ? ' new crisis item needs' : ' new crisis items need')
        + ' an answer now. ';
      alertBox.appendChild(strong);
      alertBox.appendChild(refreshLink('Show it at the top of the list'));
    }
  });
})();

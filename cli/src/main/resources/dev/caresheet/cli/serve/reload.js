// caresheet serve: reloads this tab when what it shows changes. Only preview pages load it;
// published pages have no script. The page's version is on this script's data-version.
(function () {
  'use strict';
  var script = document.currentScript;
  var version = script ? script.getAttribute('data-version') : 'none';
  var url = '/_caresheet/events?path=' + encodeURIComponent(location.pathname) +
    '&v=' + encodeURIComponent(version);
  var source = new EventSource(url);
  source.addEventListener('reload', function () {
    source.close();
    location.reload();
  });
})();

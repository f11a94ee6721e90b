// Only adds to what the server rendered: the event's time in the visitor's own zone, when it differs.
(function () {
  'use strict';
  const target = document.querySelector('[data-viewer-time]');
  if (!target || !window.Intl || target.dataset.allDay === 'true') {
    return;
  }
  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const start = new Date(target.dataset.start);
  if (!viewerZone || viewerZone === target.dataset.zone || isNaN(start)) {
    return;
  }
  const lang = document.documentElement.lang || 'en';
  const when = new Intl.DateTimeFormat(lang, {dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23'});
  const hour = new Intl.DateTimeFormat(lang, {hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short'});
  let text = when.format(start);
  if (target.dataset.end) {
    text += '–' + hour.format(new Date(target.dataset.end));
  }
  target.textContent = target.dataset.label + ' ' + text + ' (' + viewerZone + ')';
  target.hidden = false;
})();

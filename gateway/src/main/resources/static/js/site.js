// Only improves what the server rendered: a live signature count; a link's secret token leaves the address bar.
(function () {
  'use strict';
  if (document.body.dataset.secretLink) {
    // The token stays in the form; the address bar, the history and any later Referer do without it.
    window.history.replaceState(null, '', window.location.pathname);
  }

  const goal = document.querySelector('[data-live-count]');
  if (!goal || !window.fetch) {
    return;
  }
  const number = goal.querySelector('.count-number');
  const bar = goal.querySelector('progress');
  const format = new Intl.NumberFormat(document.documentElement.lang || 'en');
  const refresh = () => fetch('/api/petitions/' + encodeURIComponent(goal.dataset.liveCount),
    {headers: {Accept: 'application/json'}, credentials: 'omit'})
    .then(response => response.ok ? response.json() : null)
    .then(petition => {
      if (petition && typeof petition.signatureCount === 'number') {
        number.textContent = format.format(petition.signatureCount);
        bar.value = petition.signatureCount;
      }
    })
    .catch(() => { /* the count shown stays; the next round tries again */ });
  setInterval(() => { if (!document.hidden) { refresh(); } }, 10000);
})();

// Draws signatures per day from the numbers the page carries; the table beside it says the same without a script.
(function () {
  'use strict';
  const canvas = document.getElementById('daily-chart');
  if (!canvas || !window.Chart) {
    return;
  }
  const days = canvas.dataset.days ? canvas.dataset.days.split(',') : [];
  const counts = canvas.dataset.counts ? canvas.dataset.counts.split(',').map(Number) : [];
  // eslint-disable-next-line no-new
  new window.Chart(canvas, {
    type: 'bar',
    data: {labels: days, datasets: [{label: canvas.dataset.label, data: counts, backgroundColor: '#00703c'}]},
    options: {animation: false, maintainAspectRatio: false, scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
  });
})();

// The page an emailed link opens: it posts the link's token only when the supporter presses the
// button, so a mail scanner that opens the link changes nothing.
(function () {
  const texts = {
    en: {
      'confirm.title': 'Confirm your signature',
      'confirm.explain': 'Your signature counts once you confirm it. Opening this page alone changes nothing.',
      'confirm.button': 'Confirm my signature',
      'confirm.done': 'Thank you: your signature is confirmed and counted.',
      'erase.title': 'Erase your signature',
      'erase.explain': 'This removes your name, email and signature from the petition. It cannot be undone.',
      'erase.button': 'Erase my signature',
      'erase.done': 'Your signature and your data are erased.',
      'working': 'One moment…',
      'no-token': 'This link is incomplete. Please open the link from the email again.',
      'too-many': 'Too many requests right now. Please try again in a minute.',
      'failed': 'That did not work. Please try again later.'
    },
    pl: {
      'confirm.title': 'Potwierdź swój podpis',
      'confirm.explain': 'Twój podpis zostanie policzony po potwierdzeniu. Samo otwarcie tej strony niczego nie zmienia.',
      'confirm.button': 'Potwierdzam mój podpis',
      'confirm.done': 'Dziękujemy: Twój podpis jest potwierdzony i policzony.',
      'erase.title': 'Usuń swój podpis',
      'erase.explain': 'Usuwa to Twoje imię i nazwisko, adres e-mail oraz podpis pod petycją. Tego nie można cofnąć.',
      'erase.button': 'Usuń mój podpis',
      'erase.done': 'Twój podpis i Twoje dane zostały usunięte.',
      'working': 'Chwileczkę…',
      'no-token': 'Ten link jest niepełny. Otwórz ponownie link z wiadomości e-mail.',
      'too-many': 'Zbyt wiele prób. Spróbuj ponownie za minutę.',
      'failed': 'Nie udało się. Spróbuj ponownie później.'
    }
  };
  const query = new URLSearchParams(window.location.search);
  const asked = (query.get('lang') || navigator.language || 'en').toLowerCase().split('-')[0];
  const language = texts[asked] ? asked : 'en';
  const text = key => texts[language][key];
  document.documentElement.lang = language;
  document.querySelectorAll('[data-text]').forEach(element => { element.textContent = text(element.dataset.text); });

  const action = document.body.dataset.action; // confirmation or erasure
  const doneKey = action === 'confirmation' ? 'confirm.done' : 'erase.done';
  const token = query.get('token');
  // The token stays out of the address bar, the history and any later Referer.
  window.history.replaceState(null, '', window.location.pathname + (query.get('lang') ? '?lang=' + language : ''));

  const button = document.getElementById('submit');
  const outcome = document.getElementById('outcome');
  const show = (message, kind) => { outcome.textContent = message; outcome.className = kind; };
  if (!token) {
    button.disabled = true;
    show(text('no-token'), 'failed');
    return;
  }

  document.getElementById('token-form').addEventListener('submit', event => {
    event.preventDefault();
    button.disabled = true;
    show(text('working'), '');
    const headers = {'Content-Type': 'application/json', Accept: 'application/problem+json, application/json'};
    // A logged-in organiser's browser carries the session cookie: then the CSRF token must ride along.
    const csrf = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
    if (csrf) {
      headers['X-XSRF-TOKEN'] = decodeURIComponent(csrf.substring('XSRF-TOKEN='.length));
    }
    fetch('/api/signatures/' + action, {method: 'POST', headers, body: JSON.stringify({token}), credentials: 'same-origin'})
      .then(response => {
        if (response.ok) {
          button.hidden = true;
          show(text(doneKey), 'done');
          return;
        }
        if (response.status === 429) {
          button.disabled = false;
          show(text('too-many'), 'failed');
          return;
        }
        // The service's problem detail says what went wrong (expired, already used...).
        return response.json().then(problem => show(problem.detail || text('failed'), 'failed'),
          () => show(text('failed'), 'failed'));
      })
      .catch(() => { button.disabled = false; show(text('failed'), 'failed'); });
  });
})();

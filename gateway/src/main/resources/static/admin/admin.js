// Shows who is logged in and arms the logout form with the CSRF token from its cookie.
(function () {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  if (cookie) {
    document.getElementById('csrf').value = decodeURIComponent(cookie.substring('XSRF-TOKEN='.length));
  }
  fetch('/api/me', {headers: {Accept: 'application/json'}})
    .then(response => response.json())
    .then(me => {
      document.getElementById('who').textContent = me.authenticated
        ? `${me.displayName || me.username} (${me.roles.filter(r => r === 'organiser' || r === 'admin').join(', ')})`
        : 'Not logged in';
    });
})();

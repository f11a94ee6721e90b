// Lets an admin onboard partner NGOs: the secret is shown once, so this part of the dashboard talks
// to the API directly. Everything shown is set as text, never as markup.
(function () {
  const csrfToken = () => {
    const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
  };
  partners();

  function partners() {
    const list = document.getElementById('partner-list');
    // The buttons' words come from the page, in its language.
    const words = list.dataset;
    const language = document.documentElement.lang || undefined;
    const problem = document.getElementById('partner-problem');

    const call = (method, path, body) => fetch(path, {
      method,
      credentials: 'same-origin',
      headers: Object.assign({Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken()},
        body ? {'Content-Type': 'application/json'} : {}),
      body: body ? JSON.stringify(body) : undefined
    }).then(response => response.json().then(json => {
      if (!response.ok) {
        throw new Error(json.detail || json.title || ('HTTP ' + response.status));
      }
      return json;
    }));
    const failed = error => { problem.textContent = error.message; };

    const showSecret = credentials => {
      document.getElementById('secret-client').textContent = credentials.clientId;
      document.getElementById('secret-value').textContent = credentials.clientSecret;
      document.getElementById('secret-token-url').textContent = credentials.tokenUrl;
      document.getElementById('secret-once').hidden = false;
    };

    const cell = text => { const td = document.createElement('td'); td.textContent = text; return td; };
    const button = (label, action) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.addEventListener('click', action);
      return b;
    };

    const load = () => call('GET', '/api/partners?size=100').then(page => {
      list.replaceChildren(...page.items.map(partner => {
        const row = document.createElement('tr');
        row.dataset.clientId = partner.clientId;
        const actions = document.createElement('td');
        actions.append(
          button(words.rotate, () => call('POST', `/api/partners/${encodeURIComponent(partner.id)}/secret-rotation`)
            .then(showSecret).then(load).catch(failed)),
          button(partner.enabled ? words.disable : words.enable, () =>
            call('POST', `/api/partners/${encodeURIComponent(partner.id)}/${partner.enabled ? 'disabling' : 'enabling'}`)
              .then(load).catch(failed)));
        row.append(cell(partner.name), cell(partner.clientId), cell(partner.enabled ? words.enabled : words.disabled),
          cell(new Date(partner.createdAt).toLocaleDateString(language)), actions);
        return row;
      }));
    }).catch(failed);

    document.getElementById('new-partner').addEventListener('submit', event => {
      event.preventDefault();
      problem.textContent = '';
      const form = new FormData(event.target);
      const body = {name: form.get('name')};
      if (form.get('contactEmail')) body.contactEmail = form.get('contactEmail');
      if (form.get('description')) body.description = form.get('description');
      call('POST', '/api/partners', body).then(credentials => {
        showSecret(credentials);
        event.target.reset();
        return load();
      }).catch(failed);
    });
    load();
  }
})();

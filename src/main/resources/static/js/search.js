// Suggestions under the search box, as an ARIA combobox. Without JavaScript the form still submits as it is.
(() => {
  const input = document.getElementById('q');
  const list = document.getElementById('q-suggestions');
  if (!input || !list) return;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let suggestions = [];
  let active = -1;
  let timer;
  let latest = 0;

  const close = () => {
    suggestions = [];
    active = -1;
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const highlight = (index) => {
    active = index;
    [...list.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', list.children[index].id);
    else input.removeAttribute('aria-activedescendant');
  };

  const choose = (index) => {
    input.value = suggestions[index].query;
    close();
    input.form.submit();
  };

  const show = (found) => {
    suggestions = found;
    list.replaceChildren(...found.map((place, i) => {
      const option = document.createElement('li');
      option.id = `q-option-${i}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.textContent = place.label;
      option.addEventListener('mousedown', (event) => { event.preventDefault(); choose(i); });
      return option;
    }));
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    highlight(-1);
  };

  const suggest = async () => {
    const text = input.value.trim();
    if (text.length < 2) { close(); return; }
    const mine = ++latest;
    try {
      const response = await fetch(`/api/places?q=${encodeURIComponent(text)}`, { headers: { Accept: 'application/json' } });
      if (response.ok && mine === latest) show(await response.json());
    } catch (offline) {
      close();
    }
  };

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(suggest, 150); });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown') { event.preventDefault(); highlight((active + 1) % suggestions.length); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); highlight(active <= 0 ? suggestions.length - 1 : active - 1); }
    else if (event.key === 'Enter' && active >= 0) { event.preventDefault(); choose(active); }
    // Closes the suggestions only: a search box would also clear what was typed.
    else if (event.key === 'Escape') { event.preventDefault(); close(); }
  });

  // "Use my location": the browser's position, asked for only when the person presses the button.
  const locate = document.getElementById('locate');
  const hint = document.getElementById('q-hint');
  if (locate && 'geolocation' in navigator) {
    locate.hidden = false;
    locate.addEventListener('click', () => {
      hint.textContent = 'Finding where you are…';
      navigator.geolocation.getCurrentPosition(
        (where) => {
          const lat = where.coords.latitude.toFixed(4);
          const lon = where.coords.longitude.toFixed(4);
          window.location.href = `/weather?lat=${lat}&lon=${lon}`;
        },
        () => { hint.textContent = 'Your browser did not give your location; type a place instead.'; },
        { timeout: 10000, maximumAge: 600000 });
    });
  }
})();

// Follows a run for a page that waits for it (the progress page, a report still loading, an older report being
// updated): polls the run's JSON, keeps the steps' words current, and loads the run's page once it has news: the run
// is done (200), or the forecast has arrived while this page shows only the steps. An error is taken as final only
// when it persists, so a passing one never replaces a good page. Without JavaScript the page refreshes itself (a meta
// refresh inside <noscript>).
(() => {
  const main = document.querySelector('main[data-poll]');
  if (!main) return;
  const api = main.dataset.poll;
  const page = main.dataset.page;
  const shown = main.dataset.state;
  let errors = 0;

  const show = () => window.location.replace(page);

  const update = (run) => {
    for (const step of run.steps || []) {
      const status = document.querySelector(`#step-${step.step} .status`);
      if (status && status.textContent !== step.text) status.textContent = step.text;
    }
  };

  const poll = async () => {
    try {
      const response = await fetch(api, { headers: { Accept: 'application/json' } });
      if (response.status === 200) return show();
      if (response.status !== 202) {
        errors += 1;
        if (errors >= 3) return show(); // the run ended without a forecast: its page says why
        return setTimeout(poll, 3000);
      }
      errors = 0;
      const run = await response.json();
      if (shown === 'fetching' && run.state === 'partial') return show();
      update(run);
      setTimeout(poll, 1500);
    } catch (offline) {
      setTimeout(poll, 5000);
    }
  };
  setTimeout(poll, 1500);
})();

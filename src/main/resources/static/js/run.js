// Follows a run for a page that waits for it (the progress page, a report still loading, an older report being
// updated): polls the run's JSON, keeps the steps' words current, and loads the run's page once it has news.
// Without JavaScript the page refreshes itself instead (a meta refresh inside <noscript>).
(() => {
  const main = document.querySelector('main[data-poll]');
  if (!main) return;
  const api = main.dataset.poll;
  const page = main.dataset.page;
  const shown = main.dataset.state;

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
      if (response.status !== 202) return show(); // done: the report, an older one, or why there is none
      const run = await response.json();
      if (run.state !== shown) return show(); // e.g. the forecast is in while other parts still load
      update(run);
      setTimeout(poll, 1500);
    } catch (offline) {
      setTimeout(poll, 5000);
    }
  };
  setTimeout(poll, 1500);
})();

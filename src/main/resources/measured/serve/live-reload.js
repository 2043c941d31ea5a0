// Serve mode only (never in the published site): reloads the page after each bake, keeping its scroll
// position, and shows a bake's problems over the page, since that is where a writer is looking.
(() => {
  const key = 'measured-live-reload-scroll:' + location.pathname;
  const saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.addEventListener('load', () => window.scrollTo(0, Number(saved)));
  }
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = '/__measured/live-reload.css';
  document.head.append(style);

  const events = new EventSource('/__measured/events');
  events.addEventListener('reload', () => {
    sessionStorage.setItem(key, String(window.scrollY));
    location.reload();
  });
  events.addEventListener('problems', (event) => show(JSON.parse(event.data)));

  function show(problems) {
    document.getElementById('measured-problems')?.remove();
    const overlay = document.createElement('section');
    overlay.id = 'measured-problems';
    overlay.setAttribute('role', 'alert');
    const heading = document.createElement('h2');
    heading.textContent = 'The last bake found ' + problems.length + (problems.length === 1 ? ' problem' : ' problems')
      + '; this page is the last good one';
    const list = document.createElement('pre');
    list.textContent = problems.join('\n\n');
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Hide';
    close.addEventListener('click', () => overlay.remove());
    overlay.append(heading, list, close);
    document.body.append(overlay);
  }
})();

// resdiff web viewer: keyboard jumps between changes (n = next, p = previous).
// Everything else works without JavaScript; htmx (served from /static) only makes it smoother.
(() => {
  const changes = () => [...document.querySelectorAll('#diff .change:not(.change--unchanged)')];

  function jump(step) {
    const list = changes();
    if (list.length === 0) return;
    // The change whose top is at or just below the viewport's top line is the current one.
    const line = 80;
    let index = list.findIndex((el) => el.getBoundingClientRect().top > line + 1);
    if (step > 0) index = index < 0 ? list.length - 1 : index;
    else {
      const before = list.filter((el) => el.getBoundingClientRect().top < line - 1);
      index = before.length === 0 ? 0 : before.length - 1;
    }
    const target = list[index];
    target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
    history.replaceState(history.state, '', `#${target.id}`);
  }

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]')) return;
    if (event.key === 'n') jump(1);
    else if (event.key === 'p') jump(-1);
  });
})();

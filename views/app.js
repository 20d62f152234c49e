// resdiff web viewer: keyboard jumps between changes (n = next, p = previous).
// Everything else works without JavaScript; htmx (served from /static) only makes it smoother.
(() => {
  const changes = () => [...document.querySelectorAll('#diff .change:not(.change--unchanged)')];
  // The change reached by the last jump: near the end of the page a change cannot scroll up to
  // the top, so positions alone would keep finding the same one.
  let current = null;

  /** Index of the change the reader is at: the last jump's, if it is still on screen, else by position. */
  function currentIndex(list) {
    const at = current ? list.indexOf(current) : -1;
    if (at >= 0) {
      const box = current.getBoundingClientRect();
      if (box.bottom > 0 && box.top < window.innerHeight) return at;
    }
    // The first change whose top is below the sticky toolbar, minus one: the one being read.
    const line = (document.querySelector('#diff .toolbar')?.getBoundingClientRect().bottom ?? 0) + 4;
    const below = list.findIndex((el) => el.getBoundingClientRect().top > line);
    return below < 0 ? list.length - 1 : below - 1;
  }

  function jump(step) {
    const list = changes();
    if (list.length === 0) return;
    const index = Math.min(list.length - 1, Math.max(0, currentIndex(list) + step));
    const target = list[index];
    current = target;
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

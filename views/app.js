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

// Copy buttons: the tone line and the amendment list as plain text (a list is numbered "1. …",
// one item a line). Without JavaScript the buttons stay hidden and the text is still selectable.
(() => {
  /** The plain text of an element: a list's items numbered, one a line; else its text, spaces tidied. */
  function plainText(el) {
    const tidy = (s) => s.replace(/\s+/g, ' ').trim();
    if (el.tagName === 'OL' || el.tagName === 'UL') {
      return [...el.querySelectorAll(':scope > li')].map((li, k) => `${el.tagName === 'OL' ? `${k + 1}. ` : ''}${tidy(li.textContent)}`).join('\n');
    }
    return tidy(el.textContent);
  }

  /** Copies through the Clipboard API, else through a hidden text area (older browsers, no permission). */
  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.append(area);
      area.select();
      const done = document.execCommand('copy');
      area.remove();
      return done;
    }
  }

  const show = () => document.querySelectorAll('button.copy[data-copy][hidden]').forEach((b) => b.removeAttribute('hidden'));
  show();
  document.addEventListener('htmx:after:swap', show);

  document.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest('button.copy[data-copy]') : null;
    if (!button) return;
    const source = document.getElementById(button.getAttribute('data-copy'));
    if (!source) return;
    const ok = await copy(plainText(source));
    const status = button.closest('.insight')?.querySelector('.copy-status');
    const what = button.getAttribute('aria-label')?.replace(/^Copy (.*) as plain text$/, '$1') ?? 'the text';
    if (status) status.textContent = ok ? `Copied ${what} as plain text.` : `Could not copy ${what}: select it and copy it by hand.`;
    // Only the button last used says "Copied".
    document.querySelectorAll('button.copy[data-copied]').forEach((b) => {
      b.textContent = 'Copy';
      b.removeAttribute('data-copied');
    });
    if (ok) {
      button.textContent = 'Copied';
      button.setAttribute('data-copied', 'true');
    }
  });
})();

// A folded run unfolded in place: the link that was clicked is gone with the fold, so the focus
// moves to the run's first paragraph (keyboard and screen-reader users stay where they were).
(() => {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('#diff a.unfold[hx-get]') : null;
    if (!link) return;
    const first = link.closest('.folded')?.id.replace(/^run-/, '');
    if (!first) return;
    const observer = new MutationObserver(() => {
      const article = document.getElementById(first);
      if (!(article instanceof HTMLElement) || article.tagName !== 'ARTICLE') return;
      observer.disconnect();
      article.setAttribute('tabindex', '-1');
      article.focus({ preventScroll: true });
    });
    observer.observe(document.getElementById('diff') ?? document.body, { childList: true, subtree: true });
    // Should the swap never come (an error), stop watching.
    setTimeout(() => observer.disconnect(), 30000);
  });
})();

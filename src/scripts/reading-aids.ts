/**
 * Helps a reader find their way on long pages: "Op deze pagina" marks the section being read
 * (and keeps it in view in the sticky list beside the text), the section menu opens scrolled to
 * the current page, and "Naar boven" appears once the reader is two screens down.
 */
export function initReadingAids(): void {
  keepInView(document.querySelector<HTMLElement>('.section-nav'), document.querySelector<HTMLElement>('.section-nav [aria-current="page"]'));

  const toTop = document.querySelector<HTMLElement>('[data-to-top]');
  if (toTop) {
    const update = () => (toTop.hidden = window.scrollY < window.innerHeight * 2);
    window.addEventListener('scroll', update, { passive: true });
    update();
  }

  const tocs = [...document.querySelectorAll<HTMLElement>('[data-toc]')];
  const headings = [...document.querySelectorAll<HTMLElement>('article :is(h2, h3)[id]')].filter((h) =>
    tocs.some((toc) => toc.querySelector(`a[href="#${CSS.escape(h.id)}"]`)),
  );
  if (!tocs.length || !headings.length) return;
  let current = '';
  const mark = () => {
    // The section being read: the last heading above the upper third of the window.
    const line = window.innerHeight / 3;
    const reading = headings.filter((h) => h.getBoundingClientRect().top < line).at(-1)?.id ?? '';
    if (reading === current) return;
    current = reading;
    for (const toc of tocs) {
      toc.querySelector('[aria-current]')?.removeAttribute('aria-current');
      const link = reading ? toc.querySelector<HTMLElement>(`a[href="#${CSS.escape(reading)}"]`) : null;
      link?.setAttribute('aria-current', 'location');
      // Not while the reader moves through the list itself with the keyboard.
      if (toc.classList.contains('toc-aside') && !toc.contains(document.activeElement)) keepInView(toc, link);
    }
  };
  let queued = false;
  window.addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      mark();
    });
  }, { passive: true });
  mark();
}

/** Scrolls a list that scrolls on its own so that `item` is visible, without moving the page. */
function keepInView(list: HTMLElement | null, item: HTMLElement | null): void {
  if (!list || !item || list.scrollHeight <= list.clientHeight) return;
  const top = item.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
  if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight) {
    list.scrollTop = top - list.clientHeight / 3;
  }
}

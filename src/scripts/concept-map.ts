/**
 * The concept map lights up the lines of one page: the one pointed at or focused with the
 * keyboard, or the one chosen in "Toon de lijnen van" (for touch screens, where pointing is
 * tapping, which opens the page).
 */
export function initConceptMap(): void {
  const map = document.querySelector<SVGSVGElement>('[data-concept-map]');
  if (!map) return;
  const edges = [...map.querySelectorAll<SVGPathElement>('.map-edges path')];
  const nodes = [...map.querySelectorAll<SVGAElement>('[data-node]')];
  const select = document.querySelector<HTMLSelectElement>('[data-map-focus]');
  let chosen = '';

  const show = (url: string) => {
    map.classList.toggle('has-focus', Boolean(url));
    const linked = new Set([url]);
    for (const edge of edges) {
      const on = Boolean(url) && (edge.dataset.from === url || edge.dataset.to === url);
      edge.classList.toggle('is-linked', on);
      if (on) linked.add(edge.dataset.from === url ? edge.dataset.to! : edge.dataset.from!);
    }
    for (const node of nodes) node.classList.toggle('is-linked', Boolean(url) && linked.has(node.dataset.node!));
  };

  for (const node of nodes) {
    const url = node.dataset.node!;
    node.addEventListener('pointerenter', () => show(url));
    node.addEventListener('focus', () => show(url));
    node.addEventListener('pointerleave', () => show(chosen));
    node.addEventListener('blur', () => show(chosen));
  }
  if (select) {
    select.closest<HTMLElement>('[data-map-focus-control]')!.hidden = false;
    select.addEventListener('change', () => {
      chosen = select.value;
      show(chosen);
    });
  }
}

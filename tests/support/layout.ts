/** What a reader would have to scroll sideways for, or would lose to a box that cuts it off. */
import type { Page } from 'playwright-core';

export interface Overflow {
  /** `table.definitions "Definitie van…"`: enough to find the element in the page. */
  element: string;
  /** How far it reaches: its right edge in CSS pixels, against the width available. */
  right: number;
  width: number;
  /** `wider` when the page scrolls sideways for it, `clipped` when an ancestor cuts it off. */
  problem: 'wider' | 'clipped';
}

/**
 * Elements that stick out of the viewport's width (or of an ancestor that clips them). On a
 * screen, an element inside its own horizontal scroll box (a table wrapper) is fine: the reader
 * scrolls that box, not the page; `onPaper`, a scroll box clips like any other. Only the outermost
 * offender of a subtree is named.
 */
export function findOverflows(page: Page, options: { onPaper?: boolean } = {}): Promise<Overflow[]> {
  return page.evaluate((onPaper) => {
    const width = document.documentElement.clientWidth;
    const found: { element: string; right: number; width: number; problem: 'wider' | 'clipped' }[] = [];
    const offending = new Set<Element>();
    const describe = (el: Element) => {
      const classes = [...el.classList].slice(0, 2).map((c) => `.${c}`).join('');
      const id = el.id ? `#${el.id}` : '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      return `${el.tagName.toLowerCase()}${id}${classes}${text ? ` "${text}"` : ''}`;
    };
    // Paper does not scroll: there a scroll box cuts off what does not fit.
    const scrollsSideways = (el: Element) => !onPaper && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    const clips = (el: Element) => ['hidden', 'clip', ...(onPaper ? ['auto', 'scroll'] : [])].includes(getComputedStyle(el).overflowX);
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // A drawing is one thing: its own box is measured, not the shapes inside it.
      if (el.parentElement?.closest('svg')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.position === 'fixed' && style.opacity === '0') continue;
      let limit = width;
      let problem: 'wider' | 'clipped' = 'wider';
      let inScrollBox = false;
      let hiddenForScreen = false;
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (parent.classList.contains('sr-only') || parent.classList.contains('skip-link')) hiddenForScreen = true;
        if (scrollsSideways(parent)) {
          inScrollBox = true;
          break;
        }
        if (clips(parent)) {
          limit = Math.min(limit, parent.getBoundingClientRect().right);
          problem = 'clipped';
          break;
        }
      }
      if (inScrollBox || hiddenForScreen || el.classList.contains('sr-only') || el.classList.contains('skip-link')) continue;
      if (rect.right > limit + 1 || rect.left < -1) {
        if (el.parentElement && offending.has(el.parentElement)) {
          offending.add(el);
          continue;
        }
        offending.add(el);
        found.push({ element: describe(el), right: Math.round(rect.right), width: Math.round(limit), problem });
      }
    }
    const documentWidth = document.documentElement.scrollWidth;
    if (documentWidth > width + 1 && found.length === 0) found.push({ element: 'html (document)', right: documentWidth, width, problem: 'wider' });
    return found;
  }, options.onPaper ?? false);
}

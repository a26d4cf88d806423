/**
 * Students read on their phones: every page fits a 360 px screen in light and dark, without
 * sideways scrolling; only a wide table may scroll, inside its own box.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './support/built-site';
import { findOverflows } from './support/layout';
import { builtPages } from './support/site';

const site = useBuiltSite();
const PHONE = { width: 360, height: 740 };

describe('on a 360 px phone', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`no page is wider than the screen (${colorScheme})`, async () => {
      const context = await site.browser.newContext({ viewport: PHONE, colorScheme });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const path of builtPages()) {
        await page.goto(new URL(path.slice(1), site.server.url).href);
        for (const overflow of await findOverflows(page)) {
          problems.push(`${path}: ${overflow.element} reikt tot ${overflow.right}px (${overflow.problem === 'wider' ? 'scherm' : 'afgesneden op'} ${overflow.width}px)`);
        }
      }
      await context.close();
      expect(problems).toEqual([]);
    }, 240_000);
  }
});

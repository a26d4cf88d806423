// Screenshots of built pages, to look at the site as a reader does: phone (360 × 740) and laptop
// (1366 × 768), light and dark, and the printed A4 pages (PDF, turned into PNGs with pdftoppm when
// it is installed). Usage, after `npm run build`:
//   npm run screenshots -- /begrippen/pepper/ /rollen/        (default: one page of each kind)
//   npm run screenshots -- --full /praktijk/ontdec/           (whole page instead of the first screen)
// Writes to screenshots/ (ignored by git) and prints, per page and width, how wide the document is.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { serve } from '../tests/support/server.ts';
import { DIST, ROOT, assertBuilt } from '../tests/support/site.ts';

const DEFAULT_PAGES = ['/', '/begrippen/ervaringsdeskundigheid/', '/rollen/', '/kerntaken/', '/cirkelmodel/', '/visie/waarom/', '/implementatie/', '/praktijk/ontdec/', '/begrippen/kaart/', '/voor-docenten/introductie/', '/zoeken/?q=stigma', '/bronnen/'];
const args = process.argv.slice(2);
const full = args.includes('--full');
const pages = args.filter((arg) => !arg.startsWith('--'));
const OUT = join(ROOT, 'screenshots');
const VIEWPORTS = { phone: { width: 360, height: 740 }, laptop: { width: 1366, height: 768 } } as const;

assertBuilt();
mkdirSync(OUT, { recursive: true });
const server = await serve(DIST);
const browser = await launchChromium();
const name = (path: string) => path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
try {
  for (const path of pages.length ? pages : DEFAULT_PAGES) {
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport, colorScheme });
        await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'networkidle' });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        const file = join(OUT, `${name(path)}-${device}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: full });
        console.log(`${path} ${device} ${colorScheme}: document ${width}px breed${width > viewport.width ? ' (TE BREED)' : ''} → ${file}`);
        await page.close();
      }
    }
    const page = await browser.newPage();
    await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const pdf = join(OUT, `${name(path)}-print.pdf`);
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    await page.close();
    try {
      rmSync(join(OUT, `${name(path)}-print`), { recursive: true, force: true });
      execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(OUT, `${name(path)}-print`)]);
      const pagesPrinted = execFileSync('pdfinfo', [pdf]).toString().match(/Pages:\s+(\d+)/)?.[1];
      console.log(`${path} print: ${pagesPrinted} A4-pagina's → ${pdf}`);
    } catch {
      console.log(`${path} print: ${pdf} (pdftoppm ontbreekt: apt-get install poppler-utils voor PNG's)`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

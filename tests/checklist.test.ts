/**
 * The implementation checklist as a working document: ticks and notes stay in this browser, a count
 * of answered questions, a bar with the actions wherever the reader is, a print view of just the
 * questions, export to Word and Markdown, and import of an export in another browser.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { BrowserContext, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './support/built-site';
import { pdfPageCount } from './support/pdf';
import { ROOT } from './support/site';

const data = parseYaml(readFileSync(join(ROOT, 'content/data/implementatie.yaml'), 'utf8')) as {
  themes: { id: string; title: string; questions: { id: string; text: string }[] }[];
};
const questions = data.themes.flatMap((theme) => theme.questions);
const [first, second, third] = questions as [(typeof questions)[0], (typeof questions)[0], (typeof questions)[0]];
const total = questions.length;

const site = useBuiltSite();

/** Opens the checklist in `context`, collecting script errors and CSP violations on the way. */
async function openChecklist(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  await page.goto(new URL('implementatie/', site.server.url).href);
  return { page, errors };
}

/** Ticks `ticked` and writes `note` under `noted`, as a reader does. */
async function fillIn(page: Page, ticked: string[], noted: string, note: string): Promise<void> {
  for (const id of ticked) await page.locator(`#vraag-${id}`).check();
  await page.locator(`[data-question="${noted}"] summary`).click();
  await page.locator(`#notitie-${noted}`).fill(note);
}

/** Exports through the bar and saves the download under its own name; returns its path. */
async function exportAs(page: Page, name: 'Exporteer als Word' | 'Exporteer als Markdown'): Promise<string> {
  await page.getByRole('button', { name: 'Exporteer', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'checklist-export-')), download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

async function importFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importeer' }).click()]);
  await chooser.setFiles(path);
}

const stored = (page: Page) => page.evaluate(() => localStorage.getItem('kennisbank:implementatie'));
const checkedIds = (page: Page) => page.locator('[data-question]:has(input:checked)').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.question));
const message = (page: Page) => page.locator('.checklist-message').textContent();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the implementation checklist', () => {
  it('shows every question of the data file under its theme heading', async () => {
    const page = await site.browser.newPage();
    await page.goto(new URL('implementatie/', site.server.url).href);
    for (const theme of data.themes) {
      expect(await page.locator(`h2[id="${theme.id}"]`).count(), theme.id).toBe(1);
      expect(await page.locator(`[data-checklist="${theme.id}"] [data-question]`).count()).toBe(theme.questions.length);
    }
    await page.close();
  });

  it('keeps a tick and a note after a reload, prints them, exports them and clears them', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(new URL('implementatie/', site.server.url).href);
    await page.locator(`#vraag-${first.id}`).check();
    await page.locator(`[data-question="${first.id}"] summary`).click();
    await page.locator(`#notitie-${first.id}`).fill('Bespreken in het MT');
    await page.reload();
    expect(await page.locator(`#vraag-${first.id}`).isChecked()).toBe(true);
    expect(await page.locator(`#notitie-${first.id}`).inputValue()).toBe('Bespreken in het MT');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`#vraag-${first.id}`).isVisible()).toBe(true);
    expect(await page.locator(`#vraag-${first.id}`).isChecked()).toBe(true);
    // The note prints in full from data-note (a text box would print only its first lines).
    expect(await page.locator(`[data-question="${first.id}"]`).getAttribute('data-note')).toBe('Bespreken in het MT');
    expect(await page.locator(`[data-question="${first.id}"]`).evaluate((item) => getComputedStyle(item, '::after').display)).not.toBe('none');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.checklist-tools').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    const markdown = readFileSync(await exportAs(page, 'Exporteer als Markdown'), 'utf8');
    for (const question of questions) expect(markdown, question.id).toContain(question.text);
    expect(markdown).toContain(`- [x] ${first.text}`);
    expect(markdown).toContain('  > Bespreken in het MT');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Wis alles' }).click();
    await page.reload();
    expect(await page.locator(`#vraag-${first.id}`).isChecked()).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('kennisbank:implementatie'))).toBeNull();
    await context.close();
  });

  it('counts the answered (ticked) questions as the reader works', async () => {
    const context = await site.browser.newContext();
    const { page } = await openChecklist(context);
    const count = page.locator('.checklist-count');
    expect(await count.getAttribute('aria-live')).toBe('polite');
    expect(await count.textContent()).toBe(`0 van ${total} beantwoord`);
    await page.locator(`#vraag-${first.id}`).check();
    await page.locator(`#vraag-${second.id}`).check();
    expect(await count.textContent()).toBe(`2 van ${total} beantwoord`);
    // A note alone is not an answer: it may as well say what still has to happen.
    await fillIn(page, [], third.id, 'Nog uitzoeken');
    expect(await count.textContent()).toBe(`2 van ${total} beantwoord`);
    await page.locator(`#vraag-${first.id}`).uncheck();
    expect(await count.textContent()).toBe(`1 van ${total} beantwoord`);
    await page.reload();
    expect(await count.textContent()).toBe(`1 van ${total} beantwoord`);
    await context.close();
  });

  it('prints just the questions with their ticks, notes, date and count from "Afdrukken"; Ctrl+P still prints the whole page', async () => {
    const context = await site.browser.newContext();
    const { page } = await openChecklist(context);
    await fillIn(page, [first.id], second.id, 'Ligt bij de directie');
    // Headless Chromium has no print dialog: record whether the print view was on when print() was called.
    await page.evaluate(() => {
      window.print = () => void (document.body.dataset.printView = String(document.documentElement.hasAttribute('data-checklist-print')));
    });
    await page.getByRole('button', { name: 'Afdrukken' }).click();
    expect(await page.locator('body').getAttribute('data-print-view')).toBe('true');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));

    const summary = `Stand op ${new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })}: 1 van ${total} vragen beantwoord (afgevinkt), 1 notitie.`;
    expect(await page.locator('.checklist-print-summary').textContent()).toBe(summary);
    // Every line the print view shows is the title, the address, the summary, a theme or a question.
    const allowed = new Set([
      (await page.locator('article h1').innerText()).trim(),
      summary,
      ...(await page.locator('.print-link').innerText()).split('\n').map((line) => line.trim()),
      ...data.themes.map((theme) => theme.title),
      ...questions.map((question) => question.text),
    ]);
    const lines = (await page.locator('article').innerText()).split('\n').map((line) => line.trim()).filter(Boolean);
    expect(lines.filter((line) => !allowed.has(line))).toEqual([]);
    expect(lines.filter((line) => questions.some((question) => question.text === line))).toHaveLength(total);
    expect(await page.locator(`#vraag-${first.id}`).isChecked()).toBe(true);
    expect(await page.locator(`[data-question="${second.id}"]`).getAttribute('data-note')).toBe('Ligt bij de directie');
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
    console.log(`printweergave van de checklist: ${pages} A4-pagina's`);
    expect(pages).toBeLessThanOrEqual(4);

    // After printing, Ctrl+P prints the whole article again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.locator('article .summary').isVisible()).toBe(true);
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(10);
    await context.close();
  });

  it('exports a Word file that a .docx reader opens, with every question, the ticks and the notes', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const { page, errors } = await openChecklist(context);
    await fillIn(page, [first.id], second.id, 'Bespreken in het MT\nDaarna besluiten');
    const path = await exportAs(page, 'Exporteer als Word');
    expect(await message(page)).toMatch(/^checklist-implementatie-\d{4}-\d{2}-\d{2}\.docx is gemaakt/);
    const { value: html } = await mammoth.convertToHtml({ path });
    const { value: text } = await mammoth.extractRawText({ path });
    for (const question of questions) expect(text, question.id).toContain(question.text);
    for (const theme of data.themes) expect(html).toContain(`<h2>${theme.title}</h2>`);
    expect(html.match(/<input type="checkbox"/g)).toHaveLength(total);
    expect(html.match(/<input type="checkbox" checked="checked"/g)).toHaveLength(1);
    expect(html).toMatch(new RegExp(`<input type="checkbox" checked="checked" />\\s*${escapeRegExp(first.text.replace(/&/g, '&amp;'))}`));
    expect(text).toContain('Bespreken in het MT\n\nDaarna besluiten');
    expect(text).toContain(`1 van ${total} vragen beantwoord (afgevinkt), 1 notitie.`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports an export into a fresh browser, Word or Markdown, and asks before it replaces work', async () => {
    const source = await site.browser.newContext({ acceptDownloads: true });
    const { page: sourcePage } = await openChecklist(source);
    await fillIn(sourcePage, [first.id, third.id], second.id, 'Ligt bij de directie\nIn januari besluiten');
    const exports = [await exportAs(sourcePage, 'Exporteer als Word'), await exportAs(sourcePage, 'Exporteer als Markdown')];
    await source.close();

    for (const path of exports) {
      const fresh = await site.browser.newContext();
      const { page, errors } = await openChecklist(fresh);
      await importFile(page, path);
      await expect.poll(() => message(page)).toMatch(new RegExp(`is ingelezen: 2 van ${total} beantwoord, 1 notitie\\.$`));
      await page.reload();
      expect(await checkedIds(page)).toEqual([first.id, third.id]);
      expect(await page.locator(`#notitie-${second.id}`).inputValue()).toBe('Ligt bij de directie\nIn januari besluiten');
      expect(await page.locator('.checklist-count').textContent()).toBe(`2 van ${total} beantwoord`);
      expect(errors).toEqual([]);
      await fresh.close();
    }

    // Someone already ticked something here: the import asks first, and "Annuleren" keeps it.
    const context = await site.browser.newContext();
    const { page } = await openChecklist(context);
    const own = questions.at(-1)!.id;
    await page.locator(`#vraag-${own}`).check();
    const before = await stored(page);
    let asked = '';
    page.once('dialog', (dialog) => void ((asked = dialog.message()), dialog.dismiss()));
    await importFile(page, exports[0]!);
    await expect.poll(() => message(page)).toBe('Importeren afgebroken. Er is niets veranderd.');
    expect(asked).toMatch(/gaat dan verloren\. Doorgaan\?$/);
    expect(await stored(page)).toBe(before);
    page.once('dialog', (dialog) => void dialog.accept());
    await importFile(page, exports[0]!);
    await expect.poll(() => checkedIds(page)).toEqual([first.id, third.id]);
    await context.close();
  });

  it('refuses a file that is not an export with a message, and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'checklist-'));
    const files = {
      'notulen.md': '# Notulen\n\n- [x] Koffie bestellen\n',
      'kapot.docx': 'dit is geen Word-bestand',
      'foto.png': '\x89PNG',
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const context = await site.browser.newContext();
    const { page, errors } = await openChecklist(context);
    await fillIn(page, [first.id], first.id, 'Blijft staan');
    const before = await stored(page);
    let dialogs = 0;
    page.on('dialog', (dialog) => void (dialogs++, dialog.dismiss()));
    const expected = {
      'notulen.md': 'In "notulen.md" staat geen enkele vraag van deze checklist. Er is niets veranderd.',
      'kapot.docx': '"kapot.docx" is geen leesbaar Word-bestand. Er is niets veranderd.',
      'foto.png': '"foto.png" is geen export van de checklist: kies een .docx- of .md-bestand dat je met "Exporteer" hebt gemaakt. Er is niets veranderd.',
    };
    for (const [name, text] of Object.entries(expected)) {
      await importFile(page, join(dir, name));
      await expect.poll(() => message(page), { message: name }).toBe(text);
      expect(await stored(page)).toBe(before);
      expect(await checkedIds(page)).toEqual([first.id]);
      expect(await page.locator(`#notitie-${first.id}`).inputValue()).toBe('Blijft staan');
    }
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works with the keyboard alone on a phone, and the bar never hides the focused element', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const { page } = await openChecklist(context);
    const bar = page.locator('.checklist-tools');
    const box = await bar.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);

    const last = data.themes[0]!.questions.at(-1)!;
    await page.locator(`#vraag-${last.id}`).focus();
    await page.keyboard.press('Space');
    expect(await page.locator('.checklist-count').textContent()).toBe(`1 van ${total} beantwoord`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Via het toetsenbord');
    expect(await page.locator(`#notitie-${last.id}`).inputValue()).toBe('Via het toetsenbord');

    // After the theme, a link back to the bar; there the actions fold into "Acties".
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de knoppen van de checklist');
    const scrolled = await page.evaluate(() => scrollY);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('checklist-knoppen');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const menuButton = page.getByRole('button', { name: 'Acties' });
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    const labels = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      labels.push(await page.evaluate(() => document.activeElement?.textContent));
    }
    expect(labels).toEqual(['Afdrukken', 'Exporteer als Word (.docx)', 'Exporteer als Markdown (.md)', 'Importeer', 'Wis alles']);
    // The reader stays where they were: focus in the bar does not scroll the page.
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    const menu = await page.locator('.checklist-actions').boundingBox();
    expect(menu!.x).toBeGreaterThanOrEqual(0);
    expect(menu!.x + menu!.width).toBeLessThanOrEqual(360);
    await page.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Acties');

    // WCAG 2.2 focus not obscured: going back up through the questions, nothing hides under the bar.
    await page.locator(`#vraag-${questions.at(-1)!.id}`).focus();
    const hidden: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Shift+Tab');
      const overlap = await page.evaluate(() => {
        const focused = document.activeElement!;
        const tools = document.querySelector('.checklist-tools')!;
        if (tools.contains(focused) || focused === document.body) return '';
        const a = focused.getBoundingClientRect();
        const b = tools.getBoundingClientRect();
        const covered = a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
        return covered || a.bottom > innerHeight ? `${focused.tagName}#${focused.id} ${Math.round(a.top)}–${Math.round(a.bottom)}` : '';
      });
      if (overlap) hidden.push(overlap);
    }
    expect(hidden).toEqual([]);
    await context.close();
  });

  it('is still a readable list without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('implementatie/', site.server.url).href);
    expect(await page.locator('[data-question]').count()).toBe(questions.length);
    expect(await page.locator('.checklist-tools').count()).toBe(0);
    await context.close();
  });
});

/** The implementation checklist: ticks and notes stay in this browser, print, export and clear. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './support/built-site';
import { ROOT } from './support/site';

const data = parseYaml(readFileSync(join(ROOT, 'content/data/implementatie.yaml'), 'utf8')) as {
  themes: { id: string; questions: { id: string; text: string }[] }[];
};
const questions = data.themes.flatMap((theme) => theme.questions);

const site = useBuiltSite();

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
    const first = questions[0]!;
    await page.locator(`#vraag-${first.id}`).check();
    await page.locator(`[data-question="${first.id}"] summary`).click();
    await page.locator(`#notitie-${first.id}`).fill('Bespreken in het MT');
    await page.reload();
    expect(await page.locator(`#vraag-${first.id}`).isChecked()).toBe(true);
    expect(await page.locator(`#notitie-${first.id}`).inputValue()).toBe('Bespreken in het MT');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`#vraag-${first.id}`).isVisible()).toBe(true);
    expect(await page.locator(`#vraag-${first.id}`).isChecked()).toBe(true);
    expect(await page.locator(`#notitie-${first.id}`).isVisible()).toBe(true);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.checklist-tools').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer als Markdown' }).click()]);
    const markdown = readFileSync((await download.path())!, 'utf8');
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

  it('is still a readable list without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('implementatie/', site.server.url).href);
    expect(await page.locator('[data-question]').count()).toBe(questions.length);
    expect(await page.locator('.checklist-tools').count()).toBe(0);
    await context.close();
  });
});

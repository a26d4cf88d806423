import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { SocialImagePool } from './social-image-pool';
import { cachedSocialImage, renderSocialImage, socialImageKey, socialImageLayout, socialImagePath, type ImageNode } from './social-image';

describe('social images', () => {
  it('map each page path to one image path', () => {
    expect(socialImagePath('/')).toBe('/og/index.png');
    expect(socialImagePath('/begrippen/pepper/')).toBe('/og/begrippen/pepper.png');
  });

  it('show the site name, the title and the kind of page, smaller for long titles', () => {
    // The texts sit in the cream box, inside the outer box that makes the green bar.
    const texts = (layout: ImageNode) => ((layout.props.children as ImageNode[])[0]?.props.children ?? []) as ImageNode[];
    const short = socialImageLayout('PEPPER', 'Begrip');
    expect(texts(short)).toHaveLength(3);
    const [site, title, label] = texts(short);
    expect([site?.props.children, title?.props.children, label?.props.children]).toEqual(['Kennisbank Ervaringskennis', 'PEPPER', 'Begrip']);
    const long = socialImageLayout('Ervaringskennis in de jeugdzorg van Overijssel: wat, waarom en hoe in vijf hoofdstukken', 'Visiedocument');
    const longTitle = texts(long)[1];
    expect(Number(longTitle?.props.style?.fontSize)).toBeLessThan(Number(title?.props.style?.fontSize));
  });

  it('render a PNG of 1200 × 630', async () => {
    const png = await renderSocialImage('Ervaringsdeskundigheid', 'Begrip');
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  }, 20_000);

  it('show the kind of page inside the picture, in its colour in the bottom fifth', async () => {
    // The padding once pushed the label below the picture's edge, and nobody saw it go.
    const { data, width, height } = PNG.sync.read(Buffer.from(await renderSocialImage('Ervaringsdeskundigheid', 'Begrip')));
    let labelPixels = 0;
    for (let y = Math.floor(height * 0.8); y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if (Math.abs(data[i]! - 0xa8) < 8 && Math.abs(data[i + 1]! - 0x44) < 8 && Math.abs(data[i + 2]! - 0x1f) < 8) labelPixels++;
      }
    }
    expect(labelPixels).toBeGreaterThan(200);
  }, 20_000);

  it('are kept between builds under a hash of what they show', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const first = await cachedSocialImage('PEPPER', 'Begrip', dir);
    expect(readdirSync(dir)).toEqual([`${socialImageKey('PEPPER', 'Begrip')}.png`]);
    // A kept picture is used as it is: the painter does not run again.
    writeFileSync(join(dir, readdirSync(dir)[0]!), 'bewaard');
    expect(Buffer.from(await cachedSocialImage('PEPPER', 'Begrip', dir)).toString()).toBe('bewaard');
    expect(first.length).toBeGreaterThan(1000);
    expect(socialImageKey('PEPPER', 'Rol')).not.toBe(socialImageKey('PEPPER', 'Begrip'));
    expect(socialImageKey('PEPPER ', 'Begrip')).not.toBe(socialImageKey('PEPPER', 'Begrip'));
  }, 20_000);

  it('are drawn on worker threads the same as here, once for each title and label', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-pool-'));
    const pool = new SocialImagePool(2, dir);
    pool.prepare([{ title: 'Herstel', label: 'Begrip' }, { title: 'PEPPER', label: 'Begrip' }]);
    const [herstel, again] = await Promise.all([pool.image('Herstel', 'Begrip'), pool.image('Herstel', 'Begrip')]);
    expect(Buffer.from(herstel).equals(Buffer.from(again))).toBe(true);
    expect(Buffer.from(herstel).equals(Buffer.from(await renderSocialImage('Herstel', 'Begrip')))).toBe(true);
    await pool.image('PEPPER', 'Begrip');
    expect(readdirSync(dir).sort()).toEqual([`${socialImageKey('Herstel', 'Begrip')}.png`, `${socialImageKey('PEPPER', 'Begrip')}.png`].sort());
  }, 30_000);

  it('wait for a free worker when every worker is busy, rather than being drawn on the thread that renders the pages', async () => {
    const pool = new SocialImagePool(1, mkdtempSync(join(tmpdir(), 'og-pool-')));
    const images = ['Herstel', 'PEPPER', 'Stigma'].map((title) => ({ title, label: 'Begrip' }));
    pool.prepare(images);
    const pngs = await Promise.all(images.map(({ title, label }) => pool.image(title, label)));
    expect(pngs.every((png) => png.length > 1000)).toBe(true);
    expect(pool.drawnHere).toBe(0);
  }, 30_000);

  it('are drawn here when no worker thread can start, and none is lost', async () => {
    const pool = new SocialImagePool(1, mkdtempSync(join(tmpdir(), 'og-pool-')), join(tmpdir(), 'geen-werker-hier.ts'));
    const pngs = await Promise.all(['Herstel', 'PEPPER'].map((title) => pool.image(title, 'Begrip')));
    expect(pngs.every((png) => png.length > 1000)).toBe(true);
    expect(pool.drawnHere).toBe(2);
  }, 30_000);
});

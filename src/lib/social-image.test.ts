import { describe, expect, it } from 'vitest';
import { renderSocialImage, socialImageLayout, socialImagePath, type ImageNode } from './social-image';

describe('social images', () => {
  it('map each page path to one image path', () => {
    expect(socialImagePath('/')).toBe('/og/index.png');
    expect(socialImagePath('/begrippen/pepper/')).toBe('/og/begrippen/pepper.png');
  });

  it('show the site name, the title and the kind of page, smaller for long titles', () => {
    const short = socialImageLayout('PEPPER', 'Begrip');
    expect(short.props.children).toHaveLength(3);
    const [site, title, label] = short.props.children as ImageNode[];
    expect([site?.props.children, title?.props.children, label?.props.children]).toEqual(['Kennisbank Ervaringskennis', 'PEPPER', 'Begrip']);
    const long = socialImageLayout('Ervaringskennis in de jeugdzorg van Overijssel: wat, waarom en hoe in vijf hoofdstukken', 'Visiedocument');
    const longTitle = (long.props.children as ImageNode[])[1];
    expect(Number(longTitle?.props.style?.fontSize)).toBeLessThan(Number(title?.props.style?.fontSize));
  });

  it('render a PNG of 1200 × 630', async () => {
    const png = await renderSocialImage('Ervaringsdeskundigheid', 'Begrip');
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  }, 20_000);
});

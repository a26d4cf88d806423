import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePng } from './png';

/** A small picture: a gradient, with one half-transparent pixel when `alpha` is given. */
function picture(width: number, height: number, alpha?: number): Uint8Array {
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) pixels.set([i % 256, (i * 7) % 256, (i * 13) % 256, 255], i * 4);
  if (alpha !== undefined) pixels[7] = alpha;
  return pixels;
}

describe('encodePng', () => {
  it('writes a PNG that a decoder reads back pixel for pixel, as RGB when the picture is opaque', () => {
    const pixels = picture(37, 11);
    const png = PNG.sync.read(Buffer.from(encodePng(pixels, 37, 11)));
    expect([png.width, png.height, png.colorType]).toEqual([37, 11, 2]);
    expect(Buffer.from(png.data).equals(Buffer.from(pixels))).toBe(true);
  });

  it('keeps the alpha channel when a pixel is not opaque', () => {
    const pixels = picture(5, 4, 128);
    const png = PNG.sync.read(Buffer.from(encodePng(pixels, 5, 4)));
    expect(png.colorType).toBe(6);
    expect(Buffer.from(png.data).equals(Buffer.from(pixels))).toBe(true);
  });

  it('says what it got when the pixels do not fit the size', () => {
    expect(() => encodePng(new Uint8Array(12), 2, 2)).toThrow('encodePng: 12 bytes voor 2 × 2 pixels; verwacht breedte × hoogte × 4 (RGBA)');
  });
});

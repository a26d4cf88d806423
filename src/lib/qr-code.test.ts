import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from './qr-code';

describe('qrCodeSvg', () => {
  it('encodes the full URL into an SVG of dark modules without a quiet zone', async () => {
    const url = 'https://example.org/kennisbank/begrippen/pepper/';
    const svg = await qrCodeSvg(url);
    const size = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size;
    expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${size} ${size}"`));
    expect(svg).toContain('stroke="#000000"');
  });

  it('refuses a path without origin, which a phone could not open', () => {
    expect(() => qrCodeSvg('/begrippen/pepper/')).toThrow('verwacht een volledige URL (https://...), kreeg "/begrippen/pepper/"');
  });
});

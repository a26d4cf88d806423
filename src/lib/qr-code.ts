import QRCode from 'qrcode';

/**
 * A QR code for a printed handout, as an SVG string made at build time (no script in the reader's
 * browser). Error correction M survives a crease or a smudge on paper; the quiet zone is drawn by
 * the page margin, so the SVG itself has none.
 */
export function qrCodeSvg(url: string): Promise<string> {
  if (!/^https?:\/\//.test(url)) throw new Error(`QR-code: verwacht een volledige URL (https://...), kreeg "${url}"`);
  return QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
}

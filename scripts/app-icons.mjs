// Writes the app icons of the web app manifest (public/icon-192.png, public/icon-512.png) from
// public/icon.svg. Run after changing the icon: node scripts/app-icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const require = createRequire(import.meta.url);
await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
const svg = readFileSync(new URL('../public/icon.svg', import.meta.url), 'utf8');
for (const size of [192, 512]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(new URL(`../public/icon-${size}.png`, import.meta.url), png);
  console.log(`public/icon-${size}.png: ${png.length} bytes`);
}

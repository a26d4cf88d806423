/**
 * The picture a chat app or learning environment shows when someone shares a page: the page
 * title on the site's colours, made at build time (satori lays out the text, resvg paints the
 * pixels, src/lib/png.ts encodes them; no browser). The font ships with the project, so every
 * build draws the same.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type satoriFunction from 'satori';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { BUILD_CACHE, writeCacheFile } from './build-cache.ts';
import { encodePng } from './png.ts';

export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/** A satori element: the same shape as a React element, without React. */
export interface ImageNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (ImageNode | string)[] | string };
}

const node = (type: string, style: Record<string, string | number>, children: (ImageNode | string)[] | string): ImageNode => ({
  type,
  props: { style, children },
});

/** The layout: site name at the top, the title large, the kind of page below it. */
export function socialImageLayout(title: string, label: string): ImageNode {
  // Long titles get a smaller size, so every title fits in three lines.
  const fontSize = title.length > 60 ? 56 : title.length > 32 ? 68 : 84;
  // The green bar on the left is the outer box's background showing beside the cream one, not a
  // border: satori draws a border with a mask and a clip path, which resvg paints as two extra
  // layers of the full picture (painting took 20 ms an image, now 11 ms, for the same pixels).
  // border-box: the padding lies inside the 1200 × 630, or the label falls off the bottom edge.
  return node('div', { width: '100%', height: '100%', boxSizing: 'border-box', display: 'flex', paddingLeft: 24, background: '#1f5f5b' }, [
    node(
      'div',
      { width: '100%', height: '100%', boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: '#fdfcf9', fontFamily: 'Atkinson Hyperlegible' },
      [
        node('div', { fontSize: 34, color: '#1f5f5b', fontWeight: 700 }, 'Kennisbank Ervaringskennis'),
        node('div', { fontSize, color: '#1d1f1e', fontWeight: 700, lineHeight: 1.15 }, title),
        node('div', { fontSize: 32, color: '#a8441f' }, label),
      ],
    ),
  ]);
}

interface Painters {
  satori: typeof satoriFunction;
  regular: Buffer;
  bold: Buffer;
}
let ready: Promise<Painters> | undefined;

/**
 * Loads the font and the painters once per build, on the thread that draws. Satori takes about
 * 0.1 s to load, so it is not loaded where nothing is drawn (a build that finds every picture kept).
 */
function prepare(): Promise<Painters> {
  ready ??= (async () => {
    // Resolved from the project, not from this file: Astro runs it from a bundled copy.
    const require = createRequire(join(process.cwd(), 'package.json'));
    const font = (weight: number) => readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`));
    const [{ default: satori }] = await Promise.all([import('satori'), initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')))]);
    return { satori, regular: font(400), bold: font(700) };
  })();
  return ready;
}

/** The PNG for one page. */
export async function renderSocialImage(title: string, label: string): Promise<Uint8Array> {
  const { satori, regular, bold } = await prepare();
  const svg = await satori(socialImageLayout(title, label) as unknown as Parameters<typeof satoriFunction>[0], {
    ...SOCIAL_IMAGE,
    fonts: [
      { name: 'Atkinson Hyperlegible', data: regular, weight: 400, style: 'normal' },
      { name: 'Atkinson Hyperlegible', data: bold, weight: 700, style: 'normal' },
    ],
  });
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: SOCIAL_IMAGE.width } }).render();
  // Encoded here, not by resvg: see src/lib/png.ts.
  return encodePng(image.pixels, image.width, image.height);
}

/**
 * Drawing one takes about 25 ms; most builds draw the same pictures as the one before. So each
 * is kept under a hash of everything that decides how it looks: the layout (title, label, colours,
 * sizes), the versions of the font and the painters, and the encoder's code. A change to any of
 * them makes a new hash.
 */
let painterVersions: string[] | undefined;
let encoderCode: string | undefined;
export function socialImageKey(title: string, label: string): string {
  // Read from the installed packages (not all of them export their package.json).
  painterVersions ??= ['satori', '@resvg/resvg-wasm', '@fontsource/atkinson-hyperlegible'].map(
    (name) => `${name}@${(JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version}`,
  );
  encoderCode ??= readFileSync(join(process.cwd(), 'src/lib/png.ts'), 'utf8');
  const inputs = [socialImageLayout(title, label), SOCIAL_IMAGE, painterVersions, encoderCode];
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 32);
}

/** Where the pictures are kept between builds (with other tools' caches, never committed). */
export const SOCIAL_IMAGE_CACHE = join(BUILD_CACHE, 'og');

/** The PNG an earlier build drew for this title and label, if it is kept in `cacheDir`. */
export function keptSocialImage(title: string, label: string, cacheDir = join(process.cwd(), SOCIAL_IMAGE_CACHE)): Uint8Array | undefined {
  try {
    return readFileSync(join(cacheDir, `${socialImageKey(title, label)}.png`));
  } catch {
    return undefined;
  }
}

/** The PNG for one page, from the cache in `cacheDir` when an earlier build drew it. */
export async function cachedSocialImage(title: string, label: string, cacheDir = join(process.cwd(), SOCIAL_IMAGE_CACHE)): Promise<Uint8Array> {
  const file = join(cacheDir, `${socialImageKey(title, label)}.png`);
  const kept = keptSocialImage(title, label, cacheDir);
  if (kept) return kept;
  const png = await renderSocialImage(title, label);
  writeCacheFile(file, png);
  return png;
}

/** Where a page's image lives, without base: `/` → `/og/index.png`, `/begrippen/pepper/` → `/og/begrippen/pepper.png`. */
export function socialImagePath(pagePath: string): string {
  const name = pagePath.replace(/^\/|\/$/g, '');
  return `/og/${name || 'index'}.png`;
}

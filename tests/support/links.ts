/** Link checks over a built site, as a static host would serve it (used for / and for a sub-path). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brokenPromise, readPublishedSite } from '../../src/lib/url-contract';
import { builtPages, builtSiteUrl, idsIn } from './site';

/**
 * Every internal href/src (and every URL of ours in a meta tag) on every page: it must stay
 * inside the base path and resolve to a file, or to a page (through redirects) with the anchor.
 */
export function brokenLinks(dist: string, options: { base?: string; site?: string } = {}): string[] {
  const base = options.base ?? '/';
  const site = options.site ?? builtSiteUrl(dist) ?? 'no public address';
  const published = readPublishedSite(dist, base);
  const problems: string[] = [];
  for (const path of builtPages(dist)) {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const ownIds = idsIn(html);
    for (const [, attr, value] of html.matchAll(/\s(href|src|content)="([^"]*)"/g)) {
      const target = value!.replace(/&amp;/g, '&');
      if (attr !== 'content' && target.startsWith('#')) {
        if (target.length > 1 && !ownIds.has(decodeURIComponent(target.slice(1)))) problems.push(`${path}: ${attr}="${target}": no such id on the page`);
        continue;
      }
      const local = target.startsWith(site) ? target.slice(site.length) : target;
      if (attr === 'content' && local === target) continue; // meta content that is no URL of ours
      if (!local.startsWith('/') || local.startsWith('//')) continue; // external or relative
      if (!local.startsWith(base)) {
        problems.push(`${path}: ${attr}="${target}" leaves ${base}`);
        continue;
      }
      const address = local.slice(base.length - 1);
      const file = address.split(/[?#]/)[0]!;
      const broken = file.endsWith('/') ? brokenPromise(published, address.replace(/\?[^#]*/, '')) : existsSync(join(dist, file)) ? undefined : 'not in the build';
      if (broken) problems.push(`${path}: ${attr}="${target}": ${broken}`);
    }
  }
  return problems;
}

/** Link texts that say nothing out of context (screen-reader users list links by their text). */
export const VAGUE_LINK_TEXTS = ['hier', 'klik hier', 'lees meer', 'meer', 'meer lezen', 'deze link', 'link', 'deze pagina', 'verder', 'klik'];

/** Links whose accessible name (aria-label, else text) is vague, per page. */
export function vagueLinks(dist: string): string[] {
  const problems: string[] = [];
  for (const path of builtPages(dist)) {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    for (const [, attrs, inner] of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)) {
      const label = /aria-label="([^"]*)"/.exec(attrs ?? '')?.[1];
      const name = (label ?? inner!.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim().toLowerCase();
      if (VAGUE_LINK_TEXTS.includes(name.replace(/[.:!…]+$/, ''))) problems.push(`${path}: link text "${name}"`);
    }
  }
  return problems;
}

/** The site map is a contract with trainers: every URL and anchor it names must answer. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type RunningServer } from './support/server';
import { assertBuilt, DIST, idsIn, siteMapEntries } from './support/site';

const entries = siteMapEntries();
let server: RunningServer;
beforeAll(async () => {
  assertBuilt();
  server = await serve(DIST);
});
afterAll(() => server?.close());

describe('the site map', () => {
  it('is read correctly (a guard against a parser that finds nothing)', () => {
    expect(entries.length).toBeGreaterThan(40);
    expect(entries.find((e) => e.url === '/begrippen/pepper/')?.anchors).toEqual([
      'praktisch', 'existentieel', 'politiek-kritisch', 'persoonlijk', 'ethisch', 'relationeel',
    ]);
  });

  it.each(entries.map((e) => [e.url, e] as const))('%s answers with every anchor it promises', async (_url, entry) => {
    const response = await fetch(new URL(entry.url.slice(1), server.url));
    expect(response.status, `${entry.url} answers`).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="nl"');
    const ids = idsIn(html);
    const missing = entry.anchors.filter((anchor) => !ids.has(anchor));
    expect(missing, `${entry.url} misses anchors`).toEqual([]);
  });
});

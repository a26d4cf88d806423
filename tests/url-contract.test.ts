/**
 * Every URL and anchor the site ever published must keep working (see src/lib/url-contract.ts):
 * trainers' lesson plans link to them. The unit tests prove the check on fixtures; this runs it on
 * the real build, and tests/subpath.test.ts follows a renamed page's old URL in a browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContract, parseContract, readPublishedSite } from '../src/lib/url-contract';
import { assertBuilt, DIST, ROOT, siteMapEntries } from './support/site';

const contract = parseContract(readFileSync(join(ROOT, 'tests', 'url-contract.txt'), 'utf8'));

describe('the URL contract', () => {
  assertBuilt();
  const report = checkContract(contract, readPublishedSite(DIST));

  it('keeps every published URL and anchor working', () => {
    expect(report.broken, 'removed without a redirect or alias anchor').toEqual([]);
  });

  it('lists everything the site publishes (run "npm run contract:update" after adding pages or headings)', () => {
    expect(report.unlisted).toEqual([]);
  });

  it('includes every URL and anchor of the design site map', () => {
    const promised = siteMapEntries().flatMap((entry) => [entry.url, ...entry.anchors.map((anchor) => `${entry.url}#${anchor}`)]);
    expect(promised.filter((address) => !contract.includes(address))).toEqual([]);
  });
});

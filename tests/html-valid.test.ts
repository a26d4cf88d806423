/** Every built page is valid HTML (html-validate with the rules in .htmlvalidate.mjs). */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { assertBuilt, builtPages, DIST, ROOT } from './support/site';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const describeMessage = (m: Message) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`;

describe('valid HTML', () => {
  assertBuilt();

  it.each(builtPages())('%s', async (path) => {
    const report = await validator.validateFile(join(DIST, path, 'index.html'));
    expect(report.results.flatMap((result) => result.messages.map(describeMessage))).toEqual([]);
  });

  it('the project rules catch invalid markup (fixture)', async () => {
    const report = await validator.validateString('<!doctype html><html lang="nl"><head><title>x</title></head><body><p>a<div>b</div></p></body></html>', join(ROOT, 'dist', 'fixture.html'));
    expect(report.valid).toBe(false);
  });
});

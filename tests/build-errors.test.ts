/**
 * A bad content file must stop the real build with a message that names the file, the line and
 * the problem. This builds a copy of the project with one broken page in a temporary folder.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, ROOT } from './support/site';

const run = promisify(execFile);
let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'kennisbank-bad-'));
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
    cpSync(join(ROOT, item), join(project, item), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

async function buildWith(file: string, text: string): Promise<string> {
  writeFileSync(join(project, 'content', file), text);
  try {
    await run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: project, env: buildEnv() });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return stdout + stderr;
  } finally {
    rmSync(join(project, 'content', file));
  }
  throw new Error(`the build succeeded, but content/${file} is broken`);
}

const page = (fields: string, body: string) =>
  `---\nkind: begrip\ntitle: Kapot\n${fields}audience: [studenten]\norder: 99\n---\n\n${body}\n`;

describe('a broken content file fails the build', () => {
  it('names file, line and target for a link that points nowhere', async () => {
    const output = await buildWith(
      'kapot.mdx',
      page('summary: Een pagina met een kapotte link, om de controle te testen.\n', 'Zie [dit](/begrippen/bestaat-niet/).'),
    );
    expect(output).toContain('content/kapot.mdx:9: link naar "/begrippen/bestaat-niet/" werkt niet: /begrippen/bestaat-niet/ is geen pagina van deze site');
  });

  it('names file, line and field for a missing required field', async () => {
    const output = await buildWith('kapot.mdx', page('', 'Tekst zonder samenvatting.'));
    expect(output).toContain('content/kapot.mdx:2: veld "summary": ontbreekt, maar is verplicht');
  });

  it('names the unknown source key', async () => {
    const output = await buildWith(
      'kapot.mdx',
      page('summary: Een pagina met een onbekende bron, om de controle te testen.\n', 'Tekst <Cite source="bestaat-niet" at="§1" />.'),
    );
    expect(output).toMatch(/content\/kapot\.mdx:9: <Cite source="bestaat-niet">: onbekende bronsleutel/);
  });
});

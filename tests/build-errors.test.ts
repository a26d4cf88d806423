/**
 * A bad content file must stop the real build with a message that names the file, the line and
 * the problem. The content check runs in Astro's `astro:config:setup` hook, before anything is
 * rendered: each broken page goes through that hook on its own (it must throw), and one real build
 * of a copy of the project with all of them proves that `astro build` runs the check and stops
 * with its messages. (One build instead of one per broken page: each build costs seconds.)
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentCheck } from '../src/integrations/content-check';
import { buildCopy, copyProject } from './support/project-copy';

let project: string;

beforeAll(() => {
  project = copyProject('bad');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

const page = (fields: string, body: string) =>
  `---\nkind: begrip\ntitle: Kapot\n${fields}audience: [studenten]\norder: 99\n---\n\n${body}\n`;

/** The broken pages, and what the build must say about each (given the file's name). */
const BROKEN = {
  link: {
    text: page('summary: Een pagina met een kapotte link, om de controle te testen.\n', 'Zie [dit](/begrippen/bestaat-niet/).'),
    says: (file: string) => `content/${file}:9: link naar "/begrippen/bestaat-niet/" werkt niet: /begrippen/bestaat-niet/ is geen pagina van deze site`,
  },
  field: {
    text: page('', 'Tekst zonder samenvatting.'),
    says: (file: string) => `content/${file}:2: veld "summary": ontbreekt, maar is verplicht`,
  },
  source: {
    text: page('summary: Een pagina met een onbekende bron, om de controle te testen.\n', 'Tekst <Cite source="bestaat-niet" at="§1" />.'),
    says: (file: string) => `content/${file}:9: <Cite source="bestaat-niet">: onbekende bronsleutel`,
  },
};

/** Runs the content check as `astro build` does, in its astro:config:setup hook, on the copy with `file` added; returns what it throws. */
async function checkWith(file: string, text: string): Promise<string> {
  writeFileSync(join(project, 'content', file), text);
  try {
    const setup = contentCheck().hooks['astro:config:setup']!;
    await setup({ config: { root: pathToFileURL(`${project}/`) }, logger: { info: () => undefined } } as unknown as Parameters<typeof setup>[0]);
  } catch (error) {
    return (error as Error).message;
  } finally {
    rmSync(join(project, 'content', file));
  }
  throw new Error(`the content check passed, but content/${file} is broken`);
}

describe('a broken content file fails the build', () => {
  it('names file, line and target for a link that points nowhere', async () => {
    expect(await checkWith('kapot.mdx', BROKEN.link.text)).toContain(BROKEN.link.says('kapot.mdx'));
  });

  it('names file, line and field for a missing required field', async () => {
    expect(await checkWith('kapot.mdx', BROKEN.field.text)).toContain(BROKEN.field.says('kapot.mdx'));
  });

  it('names the unknown source key', async () => {
    expect(await checkWith('kapot.mdx', BROKEN.source.text)).toContain(BROKEN.source.says('kapot.mdx'));
  });

  it('the real build runs the check: it stops before rendering anything, with a message for every broken page', async () => {
    const files = Object.entries(BROKEN).map(([name, broken]) => ({ file: `kapot-${name}.mdx`, ...broken }));
    for (const { file, text } of files) writeFileSync(join(project, 'content', file), text);
    const output = await buildCopy(project).then(
      () => 'the build succeeded',
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
    for (const { file, says } of files) expect(output).toContain(says(file));
    expect(existsSync(join(project, 'dist'))).toBe(false);
  }, 120_000);
});

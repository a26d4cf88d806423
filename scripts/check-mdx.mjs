// Quick syntax check for content authors: compiles every MDX file under content/ (or the files
// given as arguments) and parses its frontmatter, so a typo shows up before a full site build.
import { readFile } from 'node:fs/promises';
import { globSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { parse as parseYaml } from 'yaml';

const files = process.argv.slice(2).length ? process.argv.slice(2) : globSync('content/**/*.mdx');
let failed = 0;
for (const file of files) {
  const text = await readFile(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  try {
    if (!match) throw new Error('geen frontmatter tussen --- regels aan het begin');
    parseYaml(match[1]);
    await compile(text.slice(match[0].length));
  } catch (error) {
    failed++;
    console.error(`${file}: ${error.message}`);
  }
}
console.log(`${files.length - failed} van ${files.length} MDX-bestanden in orde`);
process.exit(failed ? 1 : 0);

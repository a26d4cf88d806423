// Adds every page URL and anchor the built site (dist/) publishes to tests/url-contract.txt.
// Run after `npm run build` when you added a page or a heading; the test "URL contract" then
// guards that none of them disappears. Entries are never removed: they are promises to readers.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseContract, readPublishedSite, updatedContract } from '../src/lib/url-contract.ts';

const CONTRACT = new URL('../tests/url-contract.txt', import.meta.url);
const DIST = new URL('../dist/', import.meta.url);
const HEADER = `# Every public URL and anchor this site has published (see src/lib/url-contract.ts).
# Never delete a line: rename a page with "redirectFrom" and a heading with <Anchor id="..." />.
# Add new ones with: npm run build && npm run contract:update
`;

if (!existsSync(new URL('index.html', DIST))) {
  console.error('dist/ is leeg: draai eerst npm run build');
  process.exit(1);
}
const before = existsSync(CONTRACT) ? parseContract(readFileSync(CONTRACT, 'utf8')) : [];
const site = readPublishedSite(DIST.pathname, process.env.BASE_PATH ?? '/');
const after = updatedContract(before, site);
writeFileSync(CONTRACT, HEADER + after.join('\n') + '\n');
console.log(`tests/url-contract.txt: ${after.length} adressen (${after.length - before.length} nieuw)`);

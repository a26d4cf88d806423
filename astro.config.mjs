// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/search/build/pagefind-index.ts';
import { RESULT_FILES_DIR } from './src/search/contract.ts';
import { hiddenTermsFromModel } from './src/search/build/hidden-terms.ts';
import { siteNotices } from './src/integrations/site-notices.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { socialImages } from './src/integrations/social-images.ts';
import { oldOutputAside } from './src/integrations/old-output.ts';
import { parseContact } from './src/lib/contact.ts';
import { rehypeHeadingIds } from './src/lib/rehype-heading-ids.ts';
import { rehypeBaseLinks } from './src/lib/rehype-base-links.ts';
import { headingLinkOptions } from './src/lib/heading-link.ts';
import { loadContentModel } from './src/lib/site-files.ts';
import { ParsedTrees, remarkParsedTrees } from './src/lib/parsed-trees.ts';
import { rehypeRawHtml, remarkRawHtmlOff } from './src/lib/raw-html.ts';
import { linkableTerms } from './src/lib/generated-pages.ts';
import { rehypeLinkedTerms } from './src/lib/rehype-linked-terms.ts';
import { rehypeTableScroll } from './src/lib/rehype-table-scroll.ts';
import { codeKey, compilerKey, withCompileCache } from './src/lib/mdx-cache.ts';
import { buildCachePath } from './src/lib/build-cache.ts';
import { keepSearchTerms, LEXICON_PACKAGES } from './src/search/build/search-terms.ts';

// The site can live under a sub-path (e.g. https://example.org/kennisbank/): set BASE_PATH when
// building. SITE_URL is the public origin, used for canonical links, the sitemap and QR codes.
// Without it no domain is invented: canonical links are relative, and QR codes and the sitemap
// are left out (src/integrations/site-notices.ts says so in the build output).
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL || undefined;
// The contact for the accessibility statement and security.txt: one value, checked here so that a
// wrong one stops the build with a Dutch message (src/lib/contact.ts).
parseContact(process.env.CONTACT);
// Old URLs of renamed pages are redirects, not pages: search engines should not list them.
const root = fileURLToPath(new URL('.', import.meta.url));
// The content model, read once here; the content check and the pages get the same records. The
// trees it parses go to the MDX compile, which then does not parse those pages again.
const parsedTrees = new ParsedTrees();
const model = loadContentModel(root, { keepTree: parsedTrees.keep });
const redirectPaths = new Set(model.pages.flatMap((page) => page.data.redirectFrom));
const terms = linkableTerms(model);
// Every page's hidden search terms, kept between builds: the pages and the search index read them.
keepSearchTerms(model, { dir: buildCachePath(root), codeKey: codeKey(root, 'zoektermen', LEXICON_PACKAGES) });
// The previous build's result files, for the pages whose results did not change (writeResultFiles).
const previousResults = { dir: buildCachePath(root, 'vorige-resultaten'), manifest: buildCachePath(root, 'vorige-resultaten.json') };
const inSitemap = (/** @type {string} */ url) => {
  const path = `/${new URL(url).pathname.slice(base.replace(/\/?$/, '/').length)}`;
  return path !== '/404/' && !redirectPaths.has(path);
};

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  env: { schema: { CONTACT: envField.string({ context: 'server', access: 'public', optional: true }) } },
  // A Content-Security-Policy in every page's <head>: only this site's own files, no inline code
  // (Astro adds hashes for anything it inlines), and WebAssembly for Pagefind's search engine.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    build: {
      // Scripts as files, never inline: cacheable across pages and allowed by a strict CSP.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks every compiled MDX page "use astro:head-inject", and Rolldown warns for each
        // page that bundling may drop the directive (Astro has read it by then): a box per page in
        // every build's output, which buried any other warning. Every other log passes.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
  markdown: {
    // Code blocks here are plain text (citation patterns); Shiki's inline colour styles would only
    // clash with the site's colour schemes and a strict Content-Security-Policy.
    syntaxHighlight: false,
    // unified() instead of Astro 7's default Sätteri, so that remark-gfm and our own plugins run
    // for MDX too. Astro's rehype-raw runs only where there is raw HTML (src/lib/raw-html.ts).
    // Heading ids come next, so that the autolink and Astro's heading list use them.
    // Compiled pages are kept between builds (src/lib/mdx-cache.ts): what decides a page's compiled
    // form besides its own file is the linked terms, the base path and our plugins' code.
    processor: withCompileCache(unified({
      gfm: true,
      smartypants: false,
      remarkPlugins: [[remarkParsedTrees, parsedTrees], remarkRawHtmlOff],
      rehypePlugins: [
        rehypeRawHtml,
        rehypeHeadingIds,
        [rehypeAutolinkHeadings, headingLinkOptions],
        rehypeTableScroll,
        // Before the base is added, so that generated links get it too.
        [rehypeLinkedTerms, { terms, contentDir: `${root}content` }],
        [rehypeBaseLinks, { base }],
      ],
    }), { dir: buildCachePath(root, 'mdx'), key: compilerKey(root, { terms, base }) }),
  },
  integrations: [contentCheck(), siteNotices({ siteUrl: site }), mdx(), sitemap({ filter: inSitemap }), pagefindIndex({ hiddenTerms: hiddenTermsFromModel(model, base), previousResults }), serviceWorker(), socialImages(model), oldOutputAside({ keep: [{ path: RESULT_FILES_DIR, to: previousResults.dir }] })],
});

import { withBase } from './rehype-base-links';

/**
 * The full public address of a site path (`/begrippen/pepper/`), or undefined when the build has
 * no SITE_URL: then no page names a domain that may not be the site's (see README, "Publiceren").
 */
export function publicUrl(base: string, path: string, site: URL | undefined): string | undefined {
  return site ? new URL(withBase(base, path), site).href : undefined;
}

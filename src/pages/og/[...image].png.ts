import type { APIRoute, GetStaticPaths } from 'astro';
import { sharablePages } from '../../data/pages';
import { socialImagePath } from '../../lib/social-image';
import { socialImagePool } from '../../lib/social-image-pool';

// Drawn on the other cores while this thread renders the HTML pages (src/lib/social-image-pool.ts);
// the build started them already (src/integrations/social-images.ts).
const pool = socialImagePool();

/** One social image per sharable page, at the path `socialImagePath` gives (see BaseLayout). */
export const getStaticPaths = (async () => {
  const pages = await sharablePages();
  pool.prepare(pages);
  return pages.map((page) => ({
    params: { image: socialImagePath(page.path).replace(/^\/og\/|\.png$/g, '') },
    props: { title: page.title, label: page.label },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { title, label } = props as { title: string; label: string };
  const png = await pool.image(title, label);
  return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
};

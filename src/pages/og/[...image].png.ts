import type { APIRoute, GetStaticPaths } from 'astro';
import { sharablePages } from '../../data/pages';
import { socialImagePath } from '../../lib/social-image';
import { socialImagePool } from '../../lib/social-image-pool';

const pool = socialImagePool();

/**
 * One social image per sharable page, at the path `socialImagePath` gives (see BaseLayout), for
 * `astro dev`. A build writes the same images itself (src/integrations/social-images.ts), so that
 * rendering the pages never waits for the image workers: here it returns no paths.
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const pages = await sharablePages();
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

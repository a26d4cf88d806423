import type { APIRoute, GetStaticPaths } from 'astro';
import { sharablePages } from '../../data/pages';
import { cachedSocialImage, socialImagePath } from '../../lib/social-image';

/** One social image per sharable page, at the path `socialImagePath` gives (see BaseLayout). */
export const getStaticPaths = (async () => {
  const pages = await sharablePages();
  return pages.map((page) => ({
    params: { image: socialImagePath(page.path).replace(/^\/og\/|\.png$/g, '') },
    props: { title: page.title, label: page.label },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { title, label } = props as { title: string; label: string };
  const png = await cachedSocialImage(title, label);
  return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
};

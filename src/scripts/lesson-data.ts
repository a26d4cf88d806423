import type { LessonCatalogue } from '../lib/lesson-catalogue';
import { withBase } from '../lib/rehype-base-links';
import { fetchOnce } from './lazy-json';

const base = import.meta.env.BASE_URL;

/** The pages a lesson can be made of, fetched once (only on the builder and on a lesson's pages). */
export const loadCatalogue = () => fetchOnce(base, '/voor-docenten/les/paginas.json', (response) => response.json() as Promise<LessonCatalogue>);

/** The lesson's overview: `/voor-docenten/les/#les=…`. */
export const lessonOverviewHref = (code: string) => `${withBase(base, '/voor-docenten/les/')}#les=${code}`;

/** A site path as a full address, for a link to copy or a QR code to scan. */
export const absoluteUrl = (path: string) => new URL(withBase(base, path), location.href).href;

/** The lesson's link to share: its overview as a full address. */
export const lessonLink = (code: string) => new URL(lessonOverviewHref(code), location.href).href;

import type { LessonCatalogue } from '../lib/lesson-catalogue';
import { withBase } from '../lib/rehype-base-links';
import { fetchOnce } from './lazy-json';

const base = import.meta.env.BASE_URL;

/** The pages a lesson can be made of, fetched once (only on the builder and on a lesson's pages). */
export const loadCatalogue = () => fetchOnce(base, '/voor-docenten/les/paginas.json', (response) => response.json() as Promise<LessonCatalogue>);

/** The lesson's overview: `/voor-docenten/les/#les=…`. */
export const lessonOverviewHref = (code: string) => `${withBase(base, '/voor-docenten/les/')}#les=${code}`;

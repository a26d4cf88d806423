import { z } from 'astro/zod';

/** Who a page is written for; also a search filter. */
export const AUDIENCES = ['studenten', 'docenten', 'organisaties'] as const;
/** How the search filter names each audience. */
export const AUDIENCE_LABELS: Record<(typeof AUDIENCES)[number], string> = {
  studenten: 'studenten',
  docenten: 'docenten en trainers',
  organisaties: 'organisaties',
};

/** The kinds of page, with the Dutch label shown in breadcrumbs and search results. */
export const KIND_LABELS = {
  begrip: 'Begrip',
  rol: 'Rol',
  kerntaak: 'Kerntaak',
  visie: 'Visiedocument',
  praktijk: 'Praktijk',
  pagina: 'Pagina',
} as const;
export type PageKind = keyof typeof KIND_LABELS;

const siteUrl = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/, {
    message: 'verwacht een URL van deze site met slash aan het eind, zoals /begrippen/ervaring/',
  });

/** An old URL of a page (no anchor): it keeps working as a redirect to the page's current URL. */
const oldUrl = z.string().regex(/^\/(?:[a-z0-9-]+\/)+$/, {
  message: 'verwacht een oude URL van deze site met slash aan het eind en zonder #anker, zoals /begrippen/oude-naam/',
});

const citation = z.strictObject({
  source: z.string().min(1, { message: 'verwacht een bronsleutel uit content/bronnen.yaml' }),
  at: z.string().min(1).optional(),
});

/**
 * "Test jezelf": a question a student can answer from the page alone, its answer (plain text, from
 * the sources, with the citations it rests on) and the section of the page that answers it.
 */
const selfTestQuestion = z.strictObject({
  question: z.string().min(10, { message: 'verwacht een vraag' }),
  answer: z.string().min(10, { message: 'verwacht een antwoord uit de bronnen' }),
  cite: z.array(citation).min(1, { message: 'verwacht minstens één bron voor het antwoord, zoals { source: lejo-2025, at: "§2.3" }' }),
  section: z.string().regex(/^[a-z0-9-]+$/, { message: 'verwacht het anker van een sectie op deze pagina, zonder #, zoals individueel-en-collectief' }),
});

const common = {
  title: z.string().min(1, { message: 'verwacht een titel' }),
  summary: z
    .string()
    .min(20, { message: 'verwacht een samenvatting van 1 of 2 zinnen' })
    .max(400, { message: 'verwacht een samenvatting van hooguit 2 korte zinnen (400 tekens)' }),
  aliases: z.array(z.string().min(1)).default([]),
  /** Questions the page answers, in readers' words; weighted in search, never shown (see PageLayout). */
  vragen: z.array(z.string().min(3, { message: 'verwacht een vraag zoals een lezer hem stelt, bijvoorbeeld "Hoe ontstaat ervaringskennis?"' })).default([]),
  related: z.array(siteUrl).default([]),
  sources: z.array(citation).default([]),
  audience: z.array(z.enum(AUDIENCES)).min(1, { message: 'verwacht minstens één doelgroep' }),
  order: z.number().int().nonnegative(),
  /** URLs this page had before it was renamed; each becomes a redirect (see the URL contract). */
  redirectFrom: z.array(oldUrl).default([]),
  /** Questions to check understanding, with answers; shown as "Test jezelf" before the sources. */
  selfTest: z.array(selfTestQuestion).default([]),
};

/** The frontmatter of a content page; `kind` decides which extra fields a page has. */
export const pageSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('begrip'), ...common }),
  z.strictObject({ kind: z.literal('rol'), ...common }),
  z.strictObject({
    kind: z.literal('kerntaak'),
    ...common,
    number: z.number().int().min(1).max(4),
    formalName: z.string().min(1),
  }),
  z.strictObject({ kind: z.literal('visie'), ...common, chapter: z.number().int().min(1).max(5) }),
  z.strictObject({ kind: z.literal('praktijk'), ...common }),
  z.strictObject({ kind: z.literal('pagina'), ...common }),
]);
export type PageData = z.infer<typeof pageSchema>;

/** An entry of the source registry, `content/bronnen.yaml`. */
export const sourceSchema = z.strictObject({
  kind: z.enum(['brondocument', 'geciteerd']),
  label: z.string().min(1),
  authors: z.string().optional(),
  year: z.string().optional(),
  title: z.string().optional(),
  medium: z.string().optional(),
  note: z.string().optional(),
  citedIn: z.array(z.string()).default([]),
});
export type SourceData = z.infer<typeof sourceSchema>;

const dataSource = z.strictObject({ source: z.string(), at: z.string().optional() });
const siteUrlOrAnchor = z.string().regex(/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/, { message: 'verwacht een URL van deze site met slash aan het eind, zoals /begrippen/ervaring/' });

/** The circle model (content/data/cirkelmodel.yaml): its steps in order, and the linear model it adapts. */
/** An id that becomes an anchor or a key: lower case, digits and hyphens. */
const dataId = z.string().regex(/^[a-z0-9-]+$/, { message: 'verwacht kleine letters, cijfers en streepjes, zoals cultuur-en-klimaat' });

export const cirkelmodelSchema = z.strictObject({
  title: z.string(),
  steps: z.array(z.strictObject({ id: dataId, label: z.string() })).min(3),
  linear: z.array(z.strictObject({ label: z.string() })).min(2),
});
export type CirkelmodelData = z.infer<typeof cirkelmodelSchema>;

/** A theme of the implementation checklist (content/data/implementatie.yaml): the vision document's questions. */
export const implementatieThemeSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  source: dataSource,
  questions: z.array(z.strictObject({ id: dataId, text: z.string() })).min(1),
});
export type ImplementatieTheme = z.infer<typeof implementatieThemeSchema>;

/** A glossary term without a page of its own (content/data/begrippenlijst.yaml). */
export const glossaryEntrySchema = z.strictObject({
  term: z.string().min(1),
  definition: z.string().min(10),
  source: dataSource,
  see: siteUrlOrAnchor.optional(),
});
export type GlossaryEntryData = z.infer<typeof glossaryEntrySchema>;

/** A lesson route for trainers (content/leerroutes/*.yaml): pages in a sensible order, each with a discussion question. */
export const lessonRouteSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(20),
  audience: z.string().min(1),
  order: z.number().int(),
  steps: z.array(z.strictObject({ page: siteUrlOrAnchor, question: z.string().min(10) })).min(3),
});
export type LessonRouteData = z.infer<typeof lessonRouteSchema>;

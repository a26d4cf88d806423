import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { pageSchema, sourceSchema } from './lib/page-schema';
import { idFromUrl, slugify, urlFromContentPath } from './lib/slug';

/** Every page in `content/`; its id is its URL without slashes (`begrippen/ervaring`). */
const pages = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content',
    generateId: ({ entry }) => idFromUrl(urlFromContentPath(entry)),
  }),
  schema: pageSchema,
});

/** The source registry: the five source documents and the works they cite. */
const sources = defineCollection({
  loader: file('content/bronnen.yaml', { parser: (text) => parseYaml(text) as Record<string, Record<string, unknown>> }),
  schema: sourceSchema,
});

/** The circle model: its steps in order, and the linear model it adapts. */
const cirkelmodel = defineCollection({
  loader: file('content/data/cirkelmodel.yaml', { parser: (text) => ({ model: parseYaml(text) }) }),
  schema: z.strictObject({
    title: z.string(),
    steps: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), label: z.string() })).min(3),
    linear: z.array(z.strictObject({ label: z.string() })).min(2),
  }),
});

/** The implementation checklist: the vision document's questions, grouped by theme. */
const implementatie = defineCollection({
  loader: file('content/data/implementatie.yaml', {
    parser: (text) => (parseYaml(text) as { themes: Record<string, unknown>[] }).themes,
  }),
  schema: z.strictObject({
    id: z.string(),
    title: z.string(),
    source: z.strictObject({ source: z.string(), at: z.string().optional() }),
    questions: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), text: z.string() })).min(1),
  }),
});

/** Glossary terms that have no page of their own; terms with a page come from the page itself. */
const begrippenlijst = defineCollection({
  loader: file('content/data/begrippenlijst.yaml', {
    parser: (text) =>
      ((parseYaml(text) as { terms: { term: string }[] | null }).terms ?? []).map((entry) => ({ id: slugify(entry.term), ...entry })),
  }),
  schema: z.strictObject({
    id: z.string(),
    term: z.string().min(1),
    definition: z.string().min(10),
    source: z.strictObject({ source: z.string(), at: z.string().optional() }),
    see: z.string().regex(/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/).optional(),
  }),
});

/** Lesson routes for trainers: pages in a sensible order, each with a discussion question. */
const leerroutes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/leerroutes' }),
  schema: z.strictObject({
    title: z.string().min(1),
    summary: z.string().min(20),
    audience: z.string().min(1),
    order: z.number().int(),
    steps: z
      .array(z.strictObject({ page: z.string().regex(/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/), question: z.string().min(10) }))
      .min(3),
  }),
});

export const collections = { pages, sources, cirkelmodel, implementatie, begrippenlijst, leerroutes };

import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { paperFrontmatterSchema, conceptSchema } from './lib/content/schema';

// Tests and benchmarks build from a content folder of their own; everyone else uses ./content.
const contentDir = process.env.ATLAS_CONTENT_DIR || './content';

const papers = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/papers` }),
  schema: paperFrontmatterSchema,
});

const concepts = defineCollection({
  loader: file(`${contentDir}/concepts.json`),
  schema: conceptSchema,
});

export const collections = { papers, concepts };

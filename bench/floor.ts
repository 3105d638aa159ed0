/**
 * The floor: a bare Astro project with the same Astro version (this repository's node_modules, linked) and
 * one plain Markdown page per paper, rendered from a glob collection by a single page route. Whatever Paper
 * Atlas costs above this is its own cost; this is what the framework costs for the same number of pages.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchPaper } from './corpus';

/** A plain Markdown page: the title in frontmatter (JSON strings are valid YAML), the abstract as body. */
export function floorMarkdown(paper: BenchPaper): string {
  const body = paper.abstract.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `---\ntitle: ${JSON.stringify(paper.title)}\nyear: ${paper.year}\n---\n\n${body}\n`;
}

const CONFIG = `import { defineConfig } from 'astro/config';
// Its own cache folders: node_modules is the repository's, linked, and must share neither its content-layer
// cache nor Vite's dependency cache (node_modules/.vite by default), whose config hash the floor would change:
// the site's next build then spent about 3 s optimising its dependencies again.
export default defineConfig({ trailingSlash: 'always', build: { format: 'directory' }, cacheDir: './.astro-cache', vite: { cacheDir: './.vite-cache' } });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { papers: defineCollection({ loader: glob({ pattern: '*.md', base: './papers' }) }) };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const papers = await getCollection('papers');
  return papers.map((paper) => ({ params: { slug: paper.id }, props: { paper } }));
}
const { paper } = Astro.props;
const { Content } = await render(paper);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{paper.data.title}</title></head>
  <body><main><h1>{paper.data.title}</h1><Content /></main></body>
</html>
`;

/** Writes the floor project into `dir` (replacing it); returns its build output folder. */
export function writeFloorProject(dir: string, papers: readonly BenchPaper[], nodeModules: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages', 'papers'), { recursive: true });
  mkdirSync(join(dir, 'papers'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'atlas-bench-floor', private: true, type: 'module' }, null, 2));
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(dir, 'src', 'pages', 'papers', '[slug].astro'), PAGE);
  for (const paper of papers) writeFileSync(join(dir, 'papers', `${paper.id}.md`), floorMarkdown(paper));
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  return join(dir, 'dist');
}

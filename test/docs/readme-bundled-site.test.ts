/**
 * What the README quotes of the bundled corpus's site is what the committed `content/` makes: the home page's
 * link counts and the five cluster names. Both had drifted from it as the linking and naming changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { graphFileSchema, paperFrontmatterSchema } from '../../src/lib/content/schema';
import { linkCounts } from '../../src/lib/site/home-picks';
import { graphDrawsConcept } from '../../src/lib/graph/drawn-concepts';
import { ROOT } from '../support/build-site';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
const papersDir = join(ROOT, 'content', 'papers');
const papers = readdirSync(papersDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => paperFrontmatterSchema.parse(matter(readFileSync(join(papersDir, name), 'utf8')).data));
const graph = graphFileSchema.parse(JSON.parse(readFileSync(join(ROOT, 'content', 'graph.json'), 'utf8')));

describe('README figures of the bundled site', () => {
  it('quotes the home page’s link counts as content/ gives them', () => {
    const quoted = [...readme.matchAll(/"(\d[\d,]*) links between papers \((\d[\d,]*) drawn in the graph\)"/g)];
    expect(quoted.length).toBeGreaterThan(0);
    const { all, drawn } = linkCounts(papers, graph);
    for (const [, links, shown] of quoted) expect({ links: Number(links!.replace(/,/g, '')), drawn: Number(shown!.replace(/,/g, '')) }).toEqual({ links: all, drawn });
  });

  it('names the clusters graph.json names', () => {
    const sentence = /the bundled corpus's five are (.*?); a cluster named by one concept/.exec(readme)?.[1];
    expect(sentence).toBeDefined();
    // The names outside parentheses: inside them are the names an older rule gave.
    const named = [...sentence!.replace(/\([^)]*\)/g, '').matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(named)).toEqual(new Set(graph.clusters.map((c) => c.label)));
  });

  it('counts the concepts the graph does not draw as content/ gives them', () => {
    const quoted = /so is one that none of its papers draws among its four best shared tags, (\d+) of the bundled corpus's (\d+),/.exec(readme);
    expect(quoted).not.toBeNull();
    const concepts = JSON.parse(readFileSync(join(ROOT, 'content', 'concepts.json'), 'utf8')) as Array<{ id: string; papers: string[] }>;
    const shared = concepts.filter((c) => c.papers.length >= 2);
    expect({ undrawn: Number(quoted![1]), of: Number(quoted![2]) }).toEqual({ undrawn: shared.filter((c) => !graphDrawsConcept(graph, c.id)).length, of: concepts.length });
  });
});

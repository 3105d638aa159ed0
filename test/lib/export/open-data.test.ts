import { describe, expect, it } from 'vitest';
import { astroBase, openDataFiles, OPEN_DATA_PATHS } from '../../../src/lib/export/open-data';
import { papersApiSchema } from '../../../src/lib/content/schema';
import { concepts, graph, papers } from './fixture';

const input = { papers, concepts, graph, base: '/atlas/', site: new URL('https://example.org'), title: 'My atlas', description: 'Papers I read' };

describe('astroBase', () => {
  it('gives the base path a leading and a trailing slash, as Astro does with trailingSlash: always', () => {
    expect(astroBase('/')).toBe('/');
    expect(astroBase('/paper-atlas')).toBe('/paper-atlas/');
    expect(astroBase('paper-atlas/')).toBe('/paper-atlas/');
    expect(astroBase('/a/b/')).toBe('/a/b/');
  });
});

describe('openDataFiles', () => {
  it('makes the four exports with absolute page URLs under the base path', () => {
    const files = openDataFiles(input);
    expect(files.map((f) => f.path)).toEqual([...OPEN_DATA_PATHS]);
    const api = papersApiSchema.parse(JSON.parse(files.find((f) => f.path === 'api/papers.json')!.body));
    expect(api.papers.find((p) => p.id === 'bert')?.url).toBe('https://example.org/atlas/papers/bert/');
    const cyjs = JSON.parse(files.find((f) => f.path === 'api/graph.cyjs')!.body);
    expect(cyjs.data.name).toBe('My atlas');
    expect(files.find((f) => f.path === 'api/graph.gexf')!.body).toContain('My atlas: Papers I read');
    expect(files.find((f) => f.path === 'api/graph.graphml')!.body).toContain('https://example.org/atlas/concepts/attention/');
  });

  it('does not depend on the order it is handed papers and concepts in', () => {
    const shuffled = openDataFiles({ ...input, papers: [...papers].reverse(), concepts: [...concepts].reverse() });
    expect(shuffled).toEqual(openDataFiles(input));
  });

  it('works before the content folder has a graph', () => {
    const files = openDataFiles({ ...input, graph: undefined });
    expect(JSON.parse(files[0]!.body).elements.nodes.length).toBeGreaterThan(0);
  });
});

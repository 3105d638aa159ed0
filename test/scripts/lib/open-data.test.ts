/**
 * The open-data step over a copy of the bundled content folder: writes the exports, skips them while
 * nothing they are made from changed, and writes them again when a paper, the settings or the files
 * themselves changed.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { papersApiSchema } from '../../../src/lib/content/schema';
import { OPEN_DATA_PATHS } from '../../../src/lib/export/open-data';
import { openDataFile, openDataOutputs, openDataRecords, writeInPieces, writeOpenData } from '../../../scripts/lib/open-data';
import { ROOT } from '../../support/build-site';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function places() {
  const work = mkdtempSync(join(tmpdir(), 'atlas-open-data-'));
  dirs.push(work);
  const contentDir = join(work, 'content');
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true, filter: (src) => !src.includes(`${join(ROOT, 'content', 'sources')}`) });
  return { site: join(work, 'dist'), contentDir, cacheDir: join(work, 'cache') };
}

/** Rewrites a paper file with another abstract in its frontmatter (where the exports read it). */
function withAbstract(file: string, change: (abstract: string) => string): void {
  const { data, content } = matter(readFileSync(file, 'utf8'));
  writeFileSync(file, matter.stringify(content, { ...data, abstract: change(String(data.abstract)) }));
}

const env = { BASE_PATH: '/paper-atlas', SITE_URL: 'https://example.org' };
const mtimes = (site: string) => OPEN_DATA_PATHS.map((p) => statSync(join(site, p)).mtimeMs);

describe('writeOpenData', () => {
  it('writes the exports once and again only when an input or an output changed', async () => {
    const at = places();
    expect((await writeOpenData(at, env)).written).toBe(true);
    expect(openDataOutputs(at.cacheDir)).toEqual([...OPEN_DATA_PATHS]);
    const api = papersApiSchema.parse(JSON.parse(readFileSync(join(at.site, 'api/papers.json'), 'utf8')));
    expect(api.papers.length).toBeGreaterThan(50);
    expect(api.papers[0]!.url).toMatch(/^https:\/\/example\.org\/paper-atlas\/papers\/[^/]+\/$/);
    const first = mtimes(at.site);

    expect((await writeOpenData(at, env)).written).toBe(false);
    expect(mtimes(at.site)).toEqual(first);

    // Another site URL: every page link changes.
    expect((await writeOpenData(at, { ...env, SITE_URL: 'https://example.com' })).written).toBe(true);
    expect(readFileSync(join(at.site, 'api/graph.graphml'), 'utf8')).toContain('https://example.com/paper-atlas/');

    // An output removed by hand (or an emptied output folder).
    rmSync(join(at.site, 'api/graph.gexf'));
    expect((await writeOpenData(at, { ...env, SITE_URL: 'https://example.com' })).written).toBe(true);
  });

  it('writes the same bytes as the whole texts the dev server serves', async () => {
    const at = places();
    await writeOpenData(at, env);
    for (const path of OPEN_DATA_PATHS) {
      expect(readFileSync(join(at.site, path), 'utf8')).toBe(await openDataFile(path, at.contentDir, env));
    }
  });

  it('writes again when one paper file changed', async () => {
    const at = places();
    await writeOpenData(at, env);
    const api = papersApiSchema.parse(JSON.parse(readFileSync(join(at.site, 'api/papers.json'), 'utf8')));
    const id = api.papers[0]!.id;
    const file = join(at.contentDir, 'papers', `${id}.md`);
    // The title is the line after the id (folded over several lines when long): put a short one in its place.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title:[^]*?\n(?=authors:)/m, 'title: A retitled paper\n'));
    expect((await writeOpenData(at, env)).written).toBe(true);
    const after = papersApiSchema.parse(JSON.parse(readFileSync(join(at.site, 'api/papers.json'), 'utf8')));
    expect(after.papers.find((p) => p.id === id)?.title).toBe('A retitled paper');
  });

  it('keeps the graph files when only an abstract changed, with the bytes a whole new write gives', async () => {
    const at = places();
    expect((await writeOpenData(at, env)).kept).toBe(0);
    const api = papersApiSchema.parse(JSON.parse(readFileSync(join(at.site, 'api/papers.json'), 'utf8')));
    const file = join(at.contentDir, 'papers', `${api.papers[0]!.id}.md`);
    withAbstract(file, (abstract) => `${abstract} We release the code.`);
    const graphFiles = ['api/graph.cyjs', 'api/graph.gexf', 'api/graph.graphml'];
    const graphTimes = graphFiles.map((p) => statSync(join(at.site, p)).mtimeMs);
    const papersJsonBefore = readFileSync(join(at.site, 'api/papers.json'), 'utf8');

    expect(await writeOpenData(at, env)).toMatchObject({ written: true, kept: 3 });
    expect(graphFiles.map((p) => statSync(join(at.site, p)).mtimeMs)).toEqual(graphTimes);
    expect(readFileSync(join(at.site, 'api/papers.json'), 'utf8')).not.toBe(papersJsonBefore);
    const fresh = { ...at, site: `${at.site}-fresh`, cacheDir: `${at.cacheDir}-fresh` };
    dirs.push(fresh.site, fresh.cacheDir);
    expect((await writeOpenData(fresh, env)).kept).toBe(0);
    for (const path of OPEN_DATA_PATHS) expect(readFileSync(join(at.site, path), 'utf8'), path).toBe(readFileSync(join(fresh.site, path), 'utf8'));
    // The records of kept files still carry their hashes, for the service-worker step.
    const records = openDataRecords(at.cacheDir);
    for (const path of graphFiles) {
      expect(records.find((r) => r.path === path)?.sha256).toBe(createHash('sha256').update(readFileSync(join(at.site, path))).digest('hex'));
    }
  });

  it('writes a graph file again when what it is made from changed, or when it was touched', async () => {
    const at = places();
    await writeOpenData(at, env);
    const api = papersApiSchema.parse(JSON.parse(readFileSync(join(at.site, 'api/papers.json'), 'utf8')));
    const file = join(at.contentDir, 'papers', `${api.papers[0]!.id}.md`);
    // A title is a node's label in every graph file.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title:[^]*?\n(?=authors:)/m, 'title: A retitled paper\n'));
    expect(await writeOpenData(at, env)).toMatchObject({ written: true, kept: 0 });
    expect(readFileSync(join(at.site, 'api/graph.graphml'), 'utf8')).toContain('A retitled paper');

    // A graph file changed by hand is not kept, though its inputs are the same.
    const gexf = join(at.site, 'api/graph.gexf');
    writeFileSync(gexf, readFileSync(gexf, 'utf8').replace('A retitled paper', 'A hand-edited paper'));
    withAbstract(file, (abstract) => `${abstract} Also this.`);
    expect(await writeOpenData(at, env)).toMatchObject({ written: true, kept: 2 });
    expect(readFileSync(gexf, 'utf8')).toContain('A retitled paper');
    expect(readFileSync(gexf, 'utf8')).not.toContain('A hand-edited paper');
  });

  it('names the paper file whose frontmatter does not fit the schema', async () => {
    const at = places();
    const name = 'broken-paper.md';
    writeFileSync(join(at.contentDir, 'papers', name), '---\ntitle: 42\n---\nText\n');
    await expect(writeOpenData(at, env)).rejects.toThrow(new RegExp(`papers/${name}: frontmatter does not match`));
  });
});

describe('writeInPieces', () => {
  it('writes the pieces in order, a few at a time', () => {
    const at = places();
    const path = join(at.contentDir, 'pieces.txt');
    const pieces = Array.from({ length: 1000 }, (_, i) => `${i}\u00e9,`);
    const sha256 = writeInPieces(path, (emit) => pieces.forEach(emit), 64);
    expect(readFileSync(path, 'utf8')).toBe(pieces.join(''));
    // The hash of the bytes written, which the service-worker step takes instead of reading the file back.
    expect(sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
  });

  it('leaves no file when the writer fails', () => {
    const at = places();
    const path = join(at.contentDir, 'broken.txt');
    expect(() =>
      writeInPieces(
        path,
        (emit) => {
          emit('x'.repeat(100));
          throw new Error('made up');
        },
        10,
      ),
    ).toThrow('made up');
    expect(existsSync(path)).toBe(false);
  });
});

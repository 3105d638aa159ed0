import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readGraphFile } from '../../../src/lib/site/graph-file';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-graph-file-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const graph = {
  version: 1,
  clusters: [{ id: 0, label: 'Reinforcement learning · Reasoning', topConcepts: ['reinforcement-learning'], size: 1, color: '#2f6fb0' }],
  papers: { nodes: [{ id: 'p', kind: 'paper', label: 'P', x: 0, y: 0, cluster: 0, degree: 0 }], edges: [] },
  concepts: { nodes: [], edges: [] },
};

describe('readGraphFile', () => {
  it('reads and validates graph.json', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'graph.json'), JSON.stringify(graph));
    expect(readGraphFile(dir)?.clusters[0]?.label).toBe('Reinforcement learning · Reasoning');
  });

  it('gives undefined when the content folder has no graph yet', () => {
    expect(readGraphFile(tempDir())).toBeUndefined();
  });

  it('names the file and the bad field when the file is wrong', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'graph.json'), JSON.stringify({ ...graph, clusters: [{ id: 'zero' }] }));
    expect(() => readGraphFile(dir)).toThrow(/graph\.json: does not match[\s\S]*clusters\.0\.id/);
    writeFileSync(join(dir, 'graph.json'), '{ not json');
    expect(() => readGraphFile(dir)).toThrow(/graph\.json: not valid JSON/);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { movedPages, readMovedUrlsFile } from '../../../src/lib/site/moved-redirects';

const moved = [
  { from: 'concepts/rl-agents/', to: 'concepts/reinforcement-learning-agent/' },
  { from: 'papers/old/', to: 'papers/new/' },
];
const dir = mkdtempSync(join(tmpdir(), 'atlas-moved-redirects-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('movedPages', () => {
  it('gives each section its own old paths, leading to the new page under the base path', () => {
    expect(movedPages(moved, 'concepts', '/paper-atlas/')).toEqual([{ param: 'rl-agents', to: '/paper-atlas/concepts/reinforcement-learning-agent/' }]);
    expect(movedPages(moved, 'papers', '/paper-atlas/')).toEqual([{ param: 'old', to: '/paper-atlas/papers/new/' }]);
    expect(movedPages(moved, 'papers', '/')).toEqual([{ param: 'old', to: '/papers/new/' }]);
    expect(movedPages(moved, 'papers', '/x')).toEqual([{ param: 'old', to: '/x/papers/new/' }]);
  });
});

describe('readMovedUrlsFile', () => {
  it('reads the file, has none without it, and refuses one that names no page of the site', () => {
    expect(readMovedUrlsFile(dir)).toEqual([]);
    writeFileSync(join(dir, 'moved-urls.json'), JSON.stringify(moved));
    expect(readMovedUrlsFile(dir)).toEqual(moved);
    writeFileSync(join(dir, 'moved-urls.json'), JSON.stringify([{ from: 'papers/a/', to: 'https://elsewhere.example/' }]));
    expect(() => readMovedUrlsFile(dir)).toThrow(/moved-urls\.json/);
    writeFileSync(join(dir, 'moved-urls.json'), JSON.stringify([{ from: '../etc/', to: 'papers/a/' }]));
    expect(() => readMovedUrlsFile(dir)).toThrow(/moved-urls\.json/);
  });
});

import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentIsCurrent, contentStageKey, folderState, readContentStamp, saveContentStamp, stageSettings, type ContentStageInputs } from '../../../scripts/lib/content-stamp';
import { resolveConfig } from '../../../src/lib/config/resolve';

const work = mkdtempSync(join(tmpdir(), 'atlas-content-stamp-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const base: ContentStageInputs = {
  contentDir: join(work, 'content'),
  settings: stageSettings(resolveConfig({})),
  inputs: [{ file: join(work, 'a.jsonl'), bytes: Buffer.from('{"title":"A"}\n') }],
  year: 2026,
};

describe('contentStageKey', () => {
  it('changes with every input of the stage but the content folder', () => {
    const key = contentStageKey(base);
    expect(contentStageKey({ ...base })).toBe(key);
    const variants: ContentStageInputs[] = [
      { ...base, inputs: [{ ...base.inputs[0]!, bytes: Buffer.from('{"title":"B"}\n') }] },
      { ...base, inputs: [{ ...base.inputs[0]!, file: join(work, 'b.jsonl') }] },
      { ...base, inputs: [] },
      { ...base, settings: { ...base.settings, relatedPerPaper: 9 } },
      { ...base, year: 2027 },
      { ...base, contentDir: join(work, 'other') },
    ];
    for (const v of variants) expect(contentStageKey(v)).not.toBe(key);
  });

  it('holds the settings the stage reads, not the site\'s', () => {
    const site = stageSettings(resolveConfig({ env: { BASE_PATH: '/atlas/', SITE_URL: 'https://example.org', ATLAS_TITLE: 'Lab reading list' } }));
    expect(contentStageKey({ ...base, settings: site })).toBe(contentStageKey(base));
    const stage = stageSettings(resolveConfig({ env: { ATLAS_ON_ERROR: 'stop' } }));
    expect(contentStageKey({ ...base, settings: stage })).not.toBe(contentStageKey(base));
  });
});

describe('the stamp', () => {
  it('holds while the folder keeps exactly its files, and not once one changes', () => {
    const dir = base.contentDir;
    mkdirSync(join(dir, 'papers'), { recursive: true });
    writeFileSync(join(dir, 'graph.json'), '{}');
    writeFileSync(join(dir, 'papers', 'a.md'), '---\ntitle: A\n---\n');
    expect(folderState(dir).map((f) => f.path).sort()).toEqual(['graph.json', 'papers/a.md']);

    const cache = join(work, 'cache');
    const key = contentStageKey(base);
    saveContentStamp(key, dir, { summary: '  1 read → 1 paper written', annotations: [] }, cache);
    const stamp = readContentStamp(cache);
    expect(stamp?.summary).toBe('  1 read → 1 paper written');
    expect(contentIsCurrent(stamp, key, dir)).toBe(true);
    expect(contentIsCurrent(stamp, 'another key', dir)).toBe(false);

    utimesSync(join(dir, 'papers', 'a.md'), new Date(), new Date(Date.now() + 5000));
    expect(contentIsCurrent(stamp, key, dir)).toBe(false);
  });

  it('holds when atlas.config.json changes only what the stage does not read (a title), and not when it changes what it reads', () => {
    const dir = join(work, 'with-settings');
    mkdirSync(join(dir, 'papers'), { recursive: true });
    writeFileSync(join(dir, 'papers', 'a.md'), '---\ntitle: A\n---\n');
    writeFileSync(join(dir, 'atlas.config.json'), '{"title":"Lab"}');
    const cache = join(work, 'settings-cache');
    const keyOf = (file: object) => contentStageKey({ ...base, contentDir: dir, settings: stageSettings(resolveConfig({ file })) });
    saveContentStamp(keyOf({ title: 'Lab' }), dir, { summary: '', annotations: [] }, cache);
    const stamp = readContentStamp(cache);
    expect(stamp?.files.map((f) => f.path)).toEqual(['papers/a.md']);

    // The site's settings: the stage ran again for them, as it does not for the same ones from the environment.
    writeFileSync(join(dir, 'atlas.config.json'), '{"title":"Lab reading list","basePath":"/lab/"}');
    utimesSync(join(dir, 'atlas.config.json'), new Date(), new Date(Date.now() + 5000));
    expect(contentIsCurrent(stamp, keyOf({ title: 'Lab reading list', basePath: '/lab/' }), dir)).toBe(true);
    // The stage's: a new key.
    writeFileSync(join(dir, 'atlas.config.json'), '{"relatedPerPaper":3}');
    expect(contentIsCurrent(stamp, keyOf({ relatedPerPaper: 3 }), dir)).toBe(false);
  });

  it('is no stamp when its file is missing or not of its shape', () => {
    const cache = join(work, 'bad-cache');
    expect(readContentStamp(cache)).toBeUndefined();
    mkdirSync(join(cache), { recursive: true });
    writeFileSync(join(cache, 'content-stage.json'), '{"key":"k","files":[{"path":"a"}]');
    expect(readContentStamp(cache)).toBeUndefined();
    writeFileSync(join(cache, 'content-stage.json'), '{"key":"k","files":[],"summary":3,"annotations":[]}');
    expect(readContentStamp(cache)).toBeUndefined();
  });

  it('is never current for an empty record (a folder the stage did not write)', () => {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    expect(contentIsCurrent({ key: 'k', files: [], summary: '', annotations: [] }, 'k', empty)).toBe(false);
  });
});

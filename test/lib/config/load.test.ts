import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { atlasConfigOrProblem, contentDirOf, loadAtlasConfig, siteUrlWarning } from '../../../src/lib/config/load';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const dirs: string[] = [];
const contentDir = (config?: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-config-'));
  dirs.push(dir);
  if (config !== undefined) writeFileSync(join(dir, 'atlas.config.json'), config);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('contentDirOf', () => {
  it('takes the flag, else ATLAS_CONTENT_DIR, else content', () => {
    expect(contentDirOf({ ATLAS_CONTENT_DIR: '/tmp/c' }, '/tmp/flag')).toBe('/tmp/flag');
    expect(contentDirOf({ ATLAS_CONTENT_DIR: '/tmp/c' })).toBe('/tmp/c');
    expect(contentDirOf({ ATLAS_CONTENT_DIR: '' })).toBe('content');
    expect(contentDirOf({})).toBe('content');
  });
});

describe('loadAtlasConfig', () => {
  it('reads the config file of the content folder the environment names, not of content/', () => {
    const dir = contentDir(JSON.stringify({ title: 'Lab Atlas', description: 'Our reading list' }));
    const config = loadAtlasConfig({ ATLAS_CONTENT_DIR: dir });
    expect(config.title).toBe('Lab Atlas');
    expect(config.description).toBe('Our reading list');
    expect(config.contentDir).toBe(dir);
  });

  it("reads the file's relative inputs from the content folder, and the flags' from where they are typed (user probe 54)", () => {
    const dir = contentDir(JSON.stringify({ input: ['mine', '/abs/refs.bib'] }));
    expect(loadAtlasConfig({ ATLAS_CONTENT_DIR: dir }).input).toEqual([join(dir, 'mine'), '/abs/refs.bib']);
    expect(loadAtlasConfig({ ATLAS_CONTENT_DIR: dir }, { input: ['here.bib'] }).input).toEqual(['here.bib']);
  });

  it('reads the config file of the content folder a flag names', () => {
    const dir = contentDir(JSON.stringify({ title: 'Flag Atlas' }));
    expect(loadAtlasConfig({ ATLAS_CONTENT_DIR: contentDir() }, { contentDir: dir }).title).toBe('Flag Atlas');
  });

  it('puts the environment over the file and the flags over both', () => {
    const dir = contentDir(JSON.stringify({ title: 'From the file' }));
    expect(loadAtlasConfig({ ATLAS_CONTENT_DIR: dir, ATLAS_TITLE: 'From the environment' }).title).toBe('From the environment');
    expect(loadAtlasConfig({ ATLAS_CONTENT_DIR: dir, ATLAS_TITLE: 'From the environment' }, { title: 'From a flag' }).title).toBe('From a flag');
  });

  it('names the file when it is not JSON', () => {
    const dir = contentDir('{ "title": ');
    expect(() => loadAtlasConfig({ ATLAS_CONTENT_DIR: dir })).toThrow(new RegExp(`${join(dir, 'atlas.config.json').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid JSON`));
  });

  it('reads a file that starts with a byte-order mark, as Windows Notepad saves it (probe 9)', () => {
    const dir = contentDir('\uFEFF{ "title": "Notepad Atlas" }');
    expect(loadAtlasConfig({ ATLAS_CONTENT_DIR: dir }).title).toBe('Notepad Atlas');
  });

  it('says a content folder that is a file, or lies under one, is no folder, naming the flag or variable (probe 12)', () => {
    const dir = contentDir();
    const file = join(dir, 'a.bib');
    writeFileSync(file, '@article{x}');
    // It crashed the content stage with EEXIST and a stack, from mkdir.
    expect(() => loadAtlasConfig({}, { contentDir: file })).toThrow(new RegExp(`^--content-dir ${escaped(file)}: is a file, not a folder`));
    expect(() => loadAtlasConfig({ ATLAS_CONTENT_DIR: file })).toThrow(new RegExp(`^the environment's ATLAS_CONTENT_DIR ${escaped(file)}: is a file`));
    expect(() => loadAtlasConfig({}, { contentDir: join(file, 'content') })).toThrow(new RegExp(`^--content-dir ${escaped(join(file, 'content'))}: cannot be made: ${escaped(file)} is a file, not a folder`));
    // A folder yet to be made is fine.
    expect(loadAtlasConfig({}, { contentDir: join(dir, 'new', 'content') }).contentDir).toBe(join(dir, 'new', 'content'));
  });

  it('does not read a config file from the working folder for an empty --content-dir, which it refuses', () => {
    expect(() => loadAtlasConfig({}, { contentDir: '' })).toThrow(/contentDir \(from --content-dir on the command line, given ""\): is empty/);
  });

  it('uses the defaults when the folder has no config file', () => {
    expect(loadAtlasConfig({ ATLAS_CONTENT_DIR: contentDir() }).title).toBe('Paper Atlas');
  });
});

describe('siteUrlWarning', () => {
  it('warns while the site URL is the preview server’s, naming the URL the links got and how to set it', () => {
    const warning = siteUrlWarning({ siteUrl: 'http://localhost:4321', basePath: '/atlas/' });
    expect(warning).toMatch(/http:\/\/localhost:4321\/atlas\//);
    expect(warning).toMatch(/SITE_URL=/);
    expect(siteUrlWarning({ siteUrl: 'http://localhost:4321/', basePath: '/' })).toBeDefined();
  });

  it('says nothing once a site URL is set', () => {
    expect(siteUrlWarning({ siteUrl: 'https://me.github.io', basePath: '/atlas/' })).toBeUndefined();
    expect(siteUrlWarning({ siteUrl: 'http://localhost:8080', basePath: '/' })).toBeUndefined();
  });
});

describe('atlasConfigOrProblem (what astro.config.mjs reads)', () => {
  it('gives the settings, or the message loadAtlasConfig throws in their place', () => {
    const dir = contentDir('{ "relatedPerPaper": 3 }');
    expect(atlasConfigOrProblem({ ATLAS_CONTENT_DIR: dir }).config?.relatedPerPaper).toBe(3);
    const bad = atlasConfigOrProblem({ ATLAS_CONTENT_DIR: dir, BASE_PATH: 'http://x' });
    expect(bad.config).toBeUndefined();
    expect(bad.problem).toMatch(/^Invalid configuration .*\n {2}- basePath \(from the environment's BASE_PATH, given "http:\/\/x"\): is a URL, not a path/);
    expect(atlasConfigOrProblem({ ATLAS_CONTENT_DIR: contentDir('{ nope') }).problem).toMatch(/atlas\.config\.json: not valid JSON/);
  });
});

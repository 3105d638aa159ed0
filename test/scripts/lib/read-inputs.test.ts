import { describe, expect, it } from 'vitest';
import { displayPath } from '../../../scripts/lib/read-inputs';

describe('displayPath', () => {
  it('is relative to the project for files inside it', () => {
    expect(displayPath('/home/u/repo/content/sources/a.bib', undefined, '/home/u/repo')).toBe('content/sources/a.bib');
    expect(displayPath('/home/u/repo/content/sources/a.bib', '/home/u/repo/content', '/home/u/repo')).toBe('content/sources/a.bib');
  });

  it('is relative to the folder holding a content folder kept elsewhere, so committed files are the same on every machine', () => {
    expect(displayPath('/home/ann/atlas/sources/a.bib', '/home/ann/atlas', '/home/ann/paper-atlas')).toBe('atlas/sources/a.bib');
    expect(displayPath('/Users/bo/atlas/sources/a.bib', '/Users/bo/atlas', '/Users/bo/code/paper-atlas')).toBe('atlas/sources/a.bib');
  });

  it('keeps the absolute path of a file outside the project and the content folder', () => {
    expect(displayPath('/data/export.bib', '/home/ann/atlas', '/home/ann/paper-atlas')).toBe('/data/export.bib');
    // Beside the content folder is not in it.
    expect(displayPath('/home/ann/export.bib', '/home/ann/atlas', '/home/ann/paper-atlas')).toBe('/home/ann/export.bib');
  });
});

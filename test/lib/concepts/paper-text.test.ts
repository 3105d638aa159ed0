import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';
import { conceptText } from '../../../src/lib/concepts/paper-text';
import { titleFromAbstract } from '../../../src/lib/ingest/untitled';

// Two untitled records of fields apart (review 22 findings 1 and 2): the first sentence of each names the
// temperature, which `--untitled from-abstract` made its title. (Not "the temperature of …" every time: a common
// noun a paper only ever writes before its complement is a shell noun there, no tag, title or not.)
const abstracts = {
  'heat-switch':
    'The temperature was held below one kelvin during the tests of the heat switch. The miniature adiabatic demagnetisation refrigerator uses a magnetoresistive heat switch of tungsten. The switching ratio of the heat switch was measured against the magnetic field of the superconducting magnet.',
  'creep-steel':
    'The temperature decides the creep life of the welded pipes in steam service. Creep rupture of P91 martensitic steel welds was studied in cross-weld specimens. The heat affected zone of the martensitic steel failed first by type IV cracking of the welds.',
};
const records = Object.entries(abstracts).map(([slug, abstract]) => ({ slug, title: titleFromAbstract(abstract), abstract, madeTitle: true as const }));

describe('the concept stage reads a made-up title as no title (review 22)', () => {
  it('gives an untitled record no title to read', () => {
    expect(conceptText(records[0]!)).toEqual({ id: 'heat-switch', title: '', abstract: abstracts['heat-switch'] });
    expect(conceptText({ ...records[0]!, madeTitle: undefined }).title).toBe(records[0]!.title);
  });

  it('does not make a tag of a common word the first sentence names, as a title that names it would', () => {
    const labels = (docs: ReturnType<typeof conceptText>[]) => extractConcepts(docs, { perPaper: 8 }).concepts.filter((c) => c.df >= 2).map((c) => c.label);
    // The first sentence read as a title (the old reading) made "Temperature" the two papers' shared concept.
    expect(labels(records.map((r) => ({ id: r.slug, title: r.title, abstract: r.abstract })))).toContain('Temperature');
    expect(labels(records.map(conceptText))).not.toContain('Temperature');
  });
});

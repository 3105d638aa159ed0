import { describe, expect, it } from 'vitest';
import { findConceptMentions } from '../../../src/lib/graph/concept-mentions';
import type { Concept } from '../../../src/lib/model/concepts';

const concept = (id: string, label: string): Concept => ({ id, label, aliases: [], df: 2, papers: [] });

describe('a made-up title is not read for mentions (review 22)', () => {
  const abstract = 'The temperature of the heat switch was held below one kelvin. The heat switch is of tungsten.';
  const title = 'The temperature of the heat switch was held below one kelvin';
  const concepts = [concept('temperature', 'Temperature'), concept('heat-switch', 'Heat switch')];

  it("counts the first sentence of an untitled record once, not again as its title", () => {
    const found = findConceptMentions([{ slug: 'a', title, abstract, madeTitle: true }], concepts);
    expect(found.get('a')!.get('temperature')).toBe(1);
    expect(found.get('a')!.get('heat-switch')).toBe(2);
  });

  it("still reads an author's title", () => {
    const found = findConceptMentions([{ slug: 'a', title, abstract }], concepts);
    expect(found.get('a')!.get('temperature')).toBe(2);
  });
});

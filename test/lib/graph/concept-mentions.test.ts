import { describe, expect, it, vi } from 'vitest';
import { SenseContext } from '../../../src/lib/concepts/sense-context';
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

describe('the words read once for the sense test are the words the scan reads', () => {
  // "ROI" undefined in the first paper makes the mention finder read every paper's words for the sense test
  // before it scans the others; it keeps them for the scan. What the later papers mention must be what they
  // mention when no paper needs the sense test (nothing read ahead), title and abstract alike.
  const concepts = [
    concept('region-of-interest', 'Region of interest'),
    concept('roi-short', 'ROI'),
    concept('heat-switch', 'Heat switches'),
    concept('lesion', 'Lesion'),
    concept('naive-bayes', 'Naïve Bayes'),
    concept('policy', 'Policy'),
  ];
  const definer = { slug: 'd', title: 'Lesions', abstract: 'A region of interest (ROI) around each lesion.' };
  const later = [
    { slug: 'a', title: 'Heat-switches and lesions: a naive Bayes view', abstract: "The heat switch's policies; naïve-Bayes lesion policy. Heat switches." },
    { slug: 'b', title: '', abstract: 'Policies of heat switches, region of interest.' },
    { slug: 'c', title: 'Lesion policies', abstract: 'Lesion, lesions and the policy of the heat switch.', madeTitle: true as const },
  ];
  // (It writes "region", a word of the lone definition's long form, so the sense test is asked.)
  const user = { slug: 'u', title: 'Scans', abstract: 'The ROI around a lesion in the region scanned.' };

  it('counts the same mentions in the later papers', () => {
    const asked = vi.spyOn(SenseContext.prototype, 'sensePapers');
    const ahead = findConceptMentions([user, definer, ...later], concepts);
    expect(asked).toHaveBeenCalled();
    asked.mockRestore();
    const alone = findConceptMentions([definer, ...later], concepts);
    for (const { slug } of later) expect([...ahead.get(slug)!].sort()).toEqual([...alone.get(slug)!].sort());
    // Accents, hyphens and case aside, in the title and the abstract; a made-up title not read.
    expect(ahead.get('a')!.get('naive-bayes')).toBe(2);
    expect(ahead.get('a')!.get('policy')).toBe(2);
    expect(ahead.get('b')!.get('heat-switch')).toBe(1);
    expect(ahead.get('c')!.get('lesion')).toBe(2);
  });
});

describe("a hyphenated compound's tail is no mention of the word alone (user probe: Indo-European, Europeans)", () => {
  const concepts = [
    concept('europeans', 'Europeans'),
    concept('european-languages', 'European languages'),
    concept('shot', 'Shot'),
    concept('context', 'Context'),
    concept('value-function', 'Value functions'),
    concept('training', 'Training'),
    concept('commerce', 'Commerce'),
    concept('atom', 'Atom'),
    concept('vl', 'VL'),
    concept('indo-european', 'Indo-European languages'),
  ];
  const mentions = (title: string, abstract: string) => Object.fromEntries(findConceptMentions([{ slug: 'a', title, abstract }], concepts).get('a')!);

  it('reads no mention in the tail of two names or of a word after a common word', () => {
    expect(mentions('Word order in Indo-European', 'We compare Indo-European languages, with few-shot and in-context learners.')).toEqual({ 'indo-european': 1 });
    expect(mentions('', 'A state-of-the-art shot, one-shot and zero-shot.')).toEqual({ shot: 1 });
  });

  it('still reads the word alone, the tail of a kind (after a prefix, a letter, a name, or beside a version), and a phrase that goes on past the compound', () => {
    // ("European languages" names Europeans too: overlapping names all count.)
    expect(mentions('Europeans and European languages', 'Pre-training for e-commerce with Rydberg-atom arrays and Qwen2.5-VL; the atom. A state-value function.')).toEqual({
      europeans: 2,
      'european-languages': 1,
      training: 1,
      commerce: 1,
      atom: 2,
      vl: 1,
      'value-function': 1,
    });
  });
});

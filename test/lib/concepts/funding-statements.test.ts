import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('a funding statement is no topic (review 15 M5: "UK Research" from "UK Research and Innovation")', () => {
  it('reads no phrase in the FUNDING section of a structured abstract', () => {
    const k = keys(
      'BACKGROUND: In this study, we evaluated the use of tocilizumab in adult patients admitted to hospital with COVID-19. ' +
        'FINDINGS: Allocation to tocilizumab reduced the need for invasive mechanical ventilation. ' +
        'FUNDING: UK Research and Innovation (Medical Research Council) and National Institute of Health Research.',
    );
    expect(k).toContain('invasive mechanical ventilation');
    for (const funder of ['UK research', 'UK', 'medical research council', 'national institute', 'health research']) expect(k).not.toContain(funder);
  });

  it("reads no phrase in a trial report's closing (Funded by …) note", () => {
    const k = keys(
      'In hospitalized patients with Covid-19, hydroxychloroquine was not associated with reductions in 28-day mortality. ' +
        '(Funded by UK Research and Innovation and National Institute for Health Research and others; RECOVERY ISRCTN number, ISRCTN50189673.)',
    );
    expect(k).toContain('hydroxychloroquine');
    for (const funder of ['UK research', 'innovation', 'national institute', 'health research', 'ISRCTN number']) expect(k).not.toContain(funder);
  });

  it('leaves a lone "FUNDING:" and funding as a topic alone', () => {
    expect(keys('We model research funding. FUNDING: the agency effects are studied.')).toEqual(expect.arrayContaining(['research funding', 'agency effect']));
    expect(keys('We study agencies whose grants were funded by the state (funded by taxes) and the research council budget.')).toContain('research council budget');
  });
});
